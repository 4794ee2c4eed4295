export { startRedemptionService } from './main';
