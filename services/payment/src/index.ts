export { startPaymentService } from './main';
