// Generated barrel of ecticket.redemption.v1 types.
export type * from './ecticket/redemption/v1/RedemptionService';
