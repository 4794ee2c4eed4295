import { createGrpcClient, loadServiceDefinition } from '@ecticket/platform';
import type { settlementV1 } from '@ecticket/contracts';
import pino from 'pino';

/** T13 as the settlement service computes it: the ledger sums to zero, escrow equals the escrowed face value. */
export async function ledgerInvariants(settlementAddress: string, merchantId = ''): Promise<settlementV1.LedgerInvariants__Output> {
  const client = createGrpcClient({
    definition: loadServiceDefinition<settlementV1.SettlementServiceDefinition>(['settlement.proto'], 'ecticket.settlement.v1.SettlementService'),
    address: settlementAddress,
    logger: pino({ level: 'silent' }),
  });
  try {
    return await client.CheckLedgerInvariants({ merchantId });
  } finally {
    client.close();
  }
}
