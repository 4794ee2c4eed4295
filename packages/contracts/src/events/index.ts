export * from './common';
export * from './payment';
export * from './issuance';
export * from './redemption';
export * from './settlement';
