export * from './common';
export * from './payment';
export * from './issuance';
