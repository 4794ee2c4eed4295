import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
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
    const transport = nodemailer.createTransport({
      url: setting.url,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    });
    return {
      async send(to, message) {
        const info = await transport.sendMail({ from: options.from, to: { name: to.name, address: to.address }, ...message });
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
