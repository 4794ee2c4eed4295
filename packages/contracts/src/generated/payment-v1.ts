// Generated barrel of ecticket.payment.v1 types.
export type * from './ecticket/payment/v1/CheckoutForm';
export type * from './ecticket/payment/v1/CreatePaymentIntentRequest';
export type * from './ecticket/payment/v1/GetPaymentRequest';
export type * from './ecticket/payment/v1/GetTestCheckoutRequest';
export type * from './ecticket/payment/v1/HandleProcessorCallbackRequest';
export type * from './ecticket/payment/v1/HandleProcessorCallbackResponse';
export type * from './ecticket/payment/v1/PaymentIntent';
export type * from './ecticket/payment/v1/PaymentService';
export type * from './ecticket/payment/v1/RefundRecord';
export type * from './ecticket/payment/v1/RefundRequest';
export type * from './ecticket/payment/v1/SubmitTestCardRequest';
export type * from './ecticket/payment/v1/TestCheckout';
