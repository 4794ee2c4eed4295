export { startSettlementService } from './main';
export { settlementConfigShape } from './config';
