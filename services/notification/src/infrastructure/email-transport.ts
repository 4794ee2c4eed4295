import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { EmailSender } from '../application/ports';
import type { EmailTransportSetting } from '../config';

export interface EmailTransportOptions {
  readonly setting: EmailTransportSetting;
  readonly from: string;
  readonly timeoutMs: number;
}

/**
 * E-mail through nodemailer: the `file` transport composes each message as RFC 822 and drops it as
 * an .eml file (mode 0600: it holds the buyer's wallet link) into a folder a developer can open;
 * `smtp://` / `smtps://` hands it to that SMTP server.
 */
export function createEmailSender(options: EmailTransportOptions): EmailSender & { close(): void } {
  const { setting } = options;
  if (setting.kind === 'smtp') {
    // Built here rather than by createTransport, which drops every other option when given a `url`.
    const smtp = new SMTPTransport({
      url: setting.url,
      // smtp:// upgrades with STARTTLS or fails: the message carries a bearer link. smtps:// is TLS from the start.
      requireTLS: true,
      dnsTimeout: options.timeoutMs,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    });
    const transport = nodemailer.createTransport(smtp);
    return {
      async send(to, message) {
        // nodemailer's timeouts are per phase; the sending lease counts on the whole exchange ending in time.
        const info = await withinDeadline(
          transport.sendMail({ from: options.from, to: { name: to.name, address: to.address }, ...message }),
          options.timeoutMs,
        );
        return { providerMessageId: info.messageId };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(to, message) {
      const info = await transport.sendMail({ from: options.from, to: { name: to.name, address: to.address }, ...message });
      if (!Buffer.isBuffer(info.message)) throw new Error('the stream transport answered no message buffer');
      await mkdir(setting.directory, { recursive: true, mode: 0o700 });
      const file = path.join(setting.directory, `${Date.now()}-${randomUUID()}.eml`);
      await writeFile(file, info.message, { mode: 0o600, flag: 'wx' });
      return { providerMessageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/** The promise's outcome, or a failure once `timeoutMs` passed (what was started may still finish: at least once). */
async function withinDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the SMTP exchange did not end within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
