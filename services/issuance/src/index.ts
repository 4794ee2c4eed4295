export { startIssuanceService } from './main';
export { issuanceConfigShape, type IssuanceConfig } from './config';
export { verifyTicketQrPayload } from './infrastructure/signers';
