// Generated barrel of ecticket.settlement.v1 types.
export type * from './ecticket/settlement/v1/SettlementService';
