export { startPaymentService, TEST_CHECKOUT_PATH } from './main';
export { paymentConfigShape, ecpayConfigShape } from './config';
