export { startSettlementService } from './main';
