export * from './envelope';
export * from './bus';
export * from './outbox';
export * from './inbox';
export * from './retention';
export * from './rabbitmq-bus';
export * from './in-process-bus';
