import { latestEffective, staffUsageKinds, type Usage } from '../domain/usage';
import { usages } from '../infrastructure/collections';
import type { SettlementDeps } from './ports';

/** The ticket's redemption or return in force, whose bank sync decides whether it may still be cancelled (R30). */
export async function latestStaffUsage(deps: SettlementDeps, ticketId: string): Promise<Usage | null> {
  return latestEffective(await deps.store.collection(usages).find({ ticketId }), staffUsageKinds);
}
