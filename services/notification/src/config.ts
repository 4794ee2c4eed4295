import path from 'node:path';
import { ConfigError, env, loadConfig, type Environment } from '@ecticket/platform';
import addressparser from 'nodemailer/lib/addressparser';

/** The notification service's own variables (the process-wide ones are read by the host); every one has a default. */
export const notificationConfigShape = {
  /** The data directory shared with the host; the file transports write into folders in it. */
  DATA_DIR: env.string().default('data'),
  /** `file`: each e-mail an .eml file in `<DATA_DIR>/mail-drop`; or the SMTP server's URL (its credentials in it). */
  NOTIFICATION_EMAIL_TRANSPORT: env.string().regex(/^(file|smtps?:\/\/\S+)$/, 'expected file, or an smtp:// or smtps:// URL').default('file'),
  NOTIFICATION_EMAIL_FROM: env.string().max(200).refine(isOneMailbox, 'expected one e-mail address, e.g. "ECTicket <no-reply@example.com>"').default('ECTicket <no-reply@ecticket.local>'),
  /** `file`: each SMS a .txt file in `<DATA_DIR>/sms-drop`; or an https webhook that receives `{to, text}`. */
  NOTIFICATION_SMS_TRANSPORT: env
    .string()
    .refine((value) => value === 'file' || isHttpsUrlWithoutCredentials(value), 'expected file, or an https:// URL without user or password in it')
    .default('file'),
  /** Timeout of one SMTP or webhook exchange. */
  NOTIFICATION_PROVIDER_TIMEOUT_MS: env.positiveInt().min(100).max(120_000).default(10_000),
  /** How long a message being sent is left to its sender before the service sends it again (a crash). */
  NOTIFICATION_SENDING_LEASE_SECONDS: env.positiveInt().min(10).max(3600).default(60),
};

function isOneMailbox(value: string): boolean {
  const parsed = addressparser(value, { flatten: true });
  return parsed.length === 1 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(parsed[0]?.address ?? '');
}

/** fetch refuses a URL with credentials in it: every SMS would fail, so the process does not start with one. */
function isHttpsUrlWithoutCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export type EmailTransportSetting = { readonly kind: 'file'; readonly directory: string } | { readonly kind: 'smtp'; readonly url: string };
export type SmsTransportSetting = { readonly kind: 'file'; readonly directory: string } | { readonly kind: 'webhook'; readonly url: string };

export interface NotificationConfig {
  readonly email: EmailTransportSetting;
  readonly emailFrom: string;
  readonly sms: SmsTransportSetting;
  readonly providerTimeoutMs: number;
  readonly sendingLeaseMs: number;
}

export function loadNotificationConfig(environment: Environment): NotificationConfig {
  const config = loadConfig(notificationConfigShape, environment);
  const sendingLeaseMs = config.NOTIFICATION_SENDING_LEASE_SECONDS * 1000;
  // A lease shorter than a provider call would let a redelivery send while the first send is still waiting for its answer.
  if (sendingLeaseMs < 2 * config.NOTIFICATION_PROVIDER_TIMEOUT_MS) {
    throw new ConfigError([`NOTIFICATION_SENDING_LEASE_SECONDS is invalid: must be at least 2 × NOTIFICATION_PROVIDER_TIMEOUT_MS (${config.NOTIFICATION_PROVIDER_TIMEOUT_MS} ms)`]);
  }
  const email = config.NOTIFICATION_EMAIL_TRANSPORT;
  const sms = config.NOTIFICATION_SMS_TRANSPORT;
  return {
    email: email === 'file' ? { kind: 'file', directory: path.join(config.DATA_DIR, 'mail-drop') } : { kind: 'smtp', url: email },
    emailFrom: config.NOTIFICATION_EMAIL_FROM,
    sms: sms === 'file' ? { kind: 'file', directory: path.join(config.DATA_DIR, 'sms-drop') } : { kind: 'webhook', url: sms },
    providerTimeoutMs: config.NOTIFICATION_PROVIDER_TIMEOUT_MS,
    sendingLeaseMs,
  };
}

/** For the composition root: a bad value stops the process with a message naming it. */
export function loadNotificationConfigOrExit(environment: Environment): NotificationConfig {
  try {
    return loadNotificationConfig(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}
