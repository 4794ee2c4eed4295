export { startRedemptionService } from './main';
export { redemptionConfigShape } from './config';
