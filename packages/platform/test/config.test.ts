import { z } from 'zod';
import { ConfigError, env, loadConfig } from '../src/config';
import { MIN_INBOX_RETENTION_DAYS, messageRetentionOf, processConfigShape } from '../src/runtime/process-config';

describe('configuration', () => {
  const shape = { PORT: env.port().default(8080), SIGNING_KEY: env.string(), FEATURE: env.boolean().default(false) };

  it('refuses a missing required variable, naming it', () => {
    expect(() => loadConfig(shape, {})).toThrow(ConfigError);
    expect(() => loadConfig(shape, {})).toThrow(/SIGNING_KEY is required but not set/);
  });

  it('refuses a malformed value, naming the variable', () => {
    expect(() => loadConfig(shape, { SIGNING_KEY: 'k', PORT: 'eighty' })).toThrow(/PORT is invalid/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ A: env.string(), B: env.positiveInt() }, { B: '-1' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('returns a typed, frozen object with defaults applied', () => {
    const config = loadConfig(shape, { SIGNING_KEY: 'k', FEATURE: 'true' });
    expect(config).toEqual({ PORT: 8080, SIGNING_KEY: 'k', FEATURE: true });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats an empty variable as not set', () => {
    expect(() => loadConfig(shape, { SIGNING_KEY: '' })).toThrow(/SIGNING_KEY is required/);
  });

  it('validates the process variables every service reads', () => {
    const config = loadConfig(processConfigShape, {});
    expect(config.DATA_DIR).toBe('data');
    expect(config.ACCOUNT_GRPC_ADDRESS).toBe('127.0.0.1:50051');
    expect(() => loadConfig(processConfigShape, { AMQP_URL: 'http://broker' })).toThrow(/AMQP_URL is invalid/);
    expect(() => loadConfig(processConfigShape, { ISSUANCE_GRPC_ADDRESS: 'nowhere' })).toThrow(/ISSUANCE_GRPC_ADDRESS is invalid/);
    expect(z.object(processConfigShape).safeParse({}).success).toBe(true);
  });

  it('keeps sent outbox entries 72 hours and inbox rows 30 days by default, and inbox rows at least 7 days', () => {
    const config = loadConfig(processConfigShape, {});
    expect(messageRetentionOf(config)).toEqual({ sentOutboxMs: 72 * 60 * 60 * 1000, inboxMs: 30 * 24 * 60 * 60 * 1000 });
    expect(loadConfig(processConfigShape, { INBOX_RETENTION_DAYS: String(MIN_INBOX_RETENTION_DAYS) }).INBOX_RETENTION_DAYS).toBe(7);
    expect(() => loadConfig(processConfigShape, { INBOX_RETENTION_DAYS: '6' })).toThrow(/INBOX_RETENTION_DAYS is invalid: must be at least 7/);
    expect(() => loadConfig(processConfigShape, { OUTBOX_RETENTION_HOURS: '0' })).toThrow(/OUTBOX_RETENTION_HOURS is invalid/);
  });
});
