/**
 * P3's bulk: issued tickets written straight into the redemption service's own store before the
 * all-in-one process starts, as its ticket.issued consumer would have written them, because a
 * million tickets through HTTP would take far too long here.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteStore } from '@ecticket/platform';
import type { TicketIssuedV1 } from '@ecticket/contracts';
import { insertUsage } from '@ecticket/redemption/dist/application/persistence';
import { usageOfIssuedTicket } from '@ecticket/redemption/dist/domain/ticket';
import { redemptionCollections, ticketUsages } from '@ecticket/redemption/dist/infrastructure/collections';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BATCH = 50_000;
const TICKETS_PER_ORDER = 200;
const MERCHANTS = 100;
const DAY_MS = 86_400_000;

/** Stand-ins for what differs between the tickets of one order, replaced in the order's JSON. */
const TICKET_ID = '{{ticketId}}';
const TICKET_NUMBER = '{{ticketNumber}}';
const CODE_HASH = '{{codeHash}}';

/** `length` random Crockford base-32 characters from `bytes` at `offset`: ticket numbers (16) and redemption codes (18). */
function crockford(bytes: Buffer, offset: number, length: number): string {
  let code = '';
  for (let i = offset; i < offset + length; i++) code += CROCKFORD[(bytes[i] ?? 0) & 31];
  return code;
}

/**
 * The stored document of one ticket of order `n`, as the redemption service makes it from a
 * ticket.issued.v1 (its own `usageOfIssuedTicket` + `insertUsage`), JSON-encoded and cut where the
 * ticket id, number and code hash go. Orders alternate pickup and gift vouchers of MERCHANTS merchants.
 */
function orderTemplate(n: number, merchants: readonly { merchantId: string; productId: string }[]): string[] {
  const issuedAt = new Date(Date.now() - (n % 365) * DAY_MS);
  const pickup = n % 2 === 0;
  const merchant = merchants[n % merchants.length]!;
  const issued: TicketIssuedV1 = {
    ticketId: TICKET_ID,
    ticketNumber: TICKET_NUMBER,
    orderId: randomUUID(),
    merchantId: merchant.merchantId,
    productId: merchant.productId,
    productName: pickup ? 'Afternoon tea for two' : 'Gift voucher',
    ticketType: pickup ? 'pickup_voucher' : 'gift_voucher',
    form: 'electronic',
    faceValue: pickup ? 600 : 0,
    usableFrom: null,
    expiresAt: new Date(issuedAt.getTime() + 730 * DAY_MS).toISOString(),
    redemptionBranchIds: [],
    returnBranchIds: [],
    issuedByAccountId: randomUUID(),
    issuedByBranchId: null,
    issuedAt: issuedAt.toISOString(),
    guaranteeEndsAt: pickup ? new Date(issuedAt.getTime() + 365 * DAY_MS).toISOString() : null,
    redemptionCodeHash: CODE_HASH,
  };
  const operation = insertUsage(usageOfIssuedTicket(issued));
  if (operation.kind !== 'insert' || operation.collection.name !== ticketUsages.name) throw new Error('insertUsage no longer inserts a ticket usage');
  return JSON.stringify(operation.document).split(/(\{\{\w+\}\})/);
}

/** The order's document with this ticket's id, number and code hash in their places. */
function fill(template: readonly string[], values: Readonly<Record<string, string>>): string {
  return template.map((part) => values[part] ?? part).join('');
}

/**
 * Writes `count` unused ticket usages into DATA_DIR/redemption.sqlite, before the service opens it.
 * The schema comes from the service's own collection declarations through the kernel's SQLite
 * adapter (`createSqliteStore` + `ensureCollections`: the same table and expression indexes); each
 * document is what its ticket.issued consumer inserts. The rows go in with raw better-sqlite3 (the
 * adapter's own INSERT, one transaction per 50,000, the ticket_usages indexes dropped meanwhile and
 * re-created from their saved DDL), since `store.write` took ~150 µs a row here: over two minutes
 * for a million. The inbox rows the consumer writes beside them are not seeded: no redemption reads them.
 */
export async function seedRedemptionStore(dataDir: string, count: number): Promise<void> {
  const file = join(dataDir, 'redemption.sqlite');
  const store = createSqliteStore({ file });
  await store.ensureCollections(redemptionCollections);
  await store.close();

  const db = new Database(file);
  try {
    db.pragma('cache_size = -262144'); // 256 MB, for the primary key's random inserts
    const table = ticketUsages.name;
    const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table) as { name: string; sql: string }[];
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    const insert = db.prepare(`INSERT INTO "${table}" (id, doc) VALUES (?, ?)`);
    const merchants = Array.from({ length: MERCHANTS }, () => ({ merchantId: randomUUID(), productId: randomUUID() }));
    let template: string[] = [];
    const insertBatch = db.transaction((from: number, to: number) => {
      const random = randomBytes(34 * (to - from));
      for (let n = from; n < to; n++) {
        if (n % TICKETS_PER_ORDER === 0 || n === from) template = orderTemplate(Math.floor(n / TICKETS_PER_ORDER), merchants);
        const at = 34 * (n - from);
        const id = randomUUID();
        const codeHash = createHash('sha256').update(crockford(random, at + 16, 18), 'ascii').digest('hex');
        insert.run(id, fill(template, { [TICKET_ID]: id, [TICKET_NUMBER]: crockford(random, at, 16), [CODE_HASH]: codeHash }));
      }
    });
    for (let from = 0; from < count; from += BATCH) insertBatch(from, Math.min(count, from + BATCH));
    for (const index of indexes) db.exec(index.sql);
  } finally {
    db.close();
  }
}
