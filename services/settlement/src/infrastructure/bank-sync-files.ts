import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BankSyncFile, BankSyncFiles } from '../application/ports';
import { toCsv } from './csv';

/**
 * The bank-sync batch file (R30): `<dir>/<sync date>-<batch id>.csv`, RFC 4180 (UTF-8, CRLF), a
 * header row then one row per usage made final, oldest first:
 *   batch_id, sync_date, usage_id, usage (redemption|return|guarantee_expiry), occurred_at,
 *   merchant_id, order_id, ticket_id, ticket_number, face_value (NTD),
 *   refund (returns: card|merchant; otherwise none)
 * Written to a temporary name and renamed, so the bank never picks up half a file; a run resumed
 * after a crash writes the same name again, with the same rows.
 * The bank's program reads it, so fields are written as they are (toCsv, not toSpreadsheetCsv): a
 * formula guard would change the values it parses, and no field holds text a person typed, only
 * ids, enums, instants and amounts the platform made.
 */
const header = [
  'batch_id',
  'sync_date',
  'usage_id',
  'usage',
  'occurred_at',
  'merchant_id',
  'order_id',
  'ticket_id',
  'ticket_number',
  'face_value',
  'refund',
] as const;

export function bankSyncDirectory(dir: string): BankSyncFiles {
  return {
    async write(file: BankSyncFile): Promise<string> {
      const name = `${file.syncDate}-${file.batchId}.csv`;
      const rows = file.usages.map((usage) => [
        file.batchId,
        file.syncDate,
        usage.id,
        usage.kind,
        usage.record.occurredAt,
        usage.record.merchantId,
        usage.record.orderId,
        usage.ticketId,
        usage.record.ticketNumber,
        usage.record.faceValue,
        usage.record.refund ?? 'none',
      ]);
      await mkdir(dir, { recursive: true });
      const temporary = path.join(dir, `.${name}.${randomUUID()}.tmp`);
      await writeFile(temporary, toCsv([header, ...rows]), 'utf8');
      await rename(temporary, path.join(dir, name));
      return name;
    },
  };
}
