// What services share: generated gRPC types (src/generated, from protos/ by
// `node packages/platform/scripts/generate-proto-types.js`) and event payload schemas.

export * as accountV1 from './generated/account-v1';
export * as issuanceV1 from './generated/issuance-v1';
export * as notificationV1 from './generated/notification-v1';
export * as paymentV1 from './generated/payment-v1';
export * as redemptionV1 from './generated/redemption-v1';
export * as settlementV1 from './generated/settlement-v1';
export * from './events';
