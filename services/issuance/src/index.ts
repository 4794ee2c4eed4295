export { startIssuanceService } from './main';
