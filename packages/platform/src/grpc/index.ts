export * from './protos';
export * from './errors';
export * from './server';
export * from './client';
