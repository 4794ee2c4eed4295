import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SmsSender } from '../application/ports';
import type { SmsTransportSetting } from '../config';

const MAX_ANSWER_LENGTH = 200;

/**
 * SMS: the `file` transport drops each message as a .txt file (mode 0600) into a folder; a webhook
 * URL receives `{"to", "text"}` as a JSON POST, and anything but a 2xx answer in time (a redirect too) is a
 * failure.
 */
export function createSmsSender(setting: SmsTransportSetting, timeoutMs: number): SmsSender {
  if (setting.kind === 'webhook') {
    return {
      async send(to, text) {
        const response = await fetch(setting.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ to, text }),
          // A redirect is a failure: the message (a bearer link) goes to the configured URL only.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) {
          // The body may quote the message or the number: it is never read into an error.
          await response.body?.cancel();
          throw new Error(`the SMS webhook refused the message with HTTP status ${response.status}`);
        }
        const answer = (await response.text()).slice(0, MAX_ANSWER_LENGTH);
        return { providerMessageId: messageIdOf(answer) ?? randomUUID() };
      },
    };
  }
  return {
    async send(to, text) {
      const providerMessageId = randomUUID();
      await mkdir(setting.directory, { recursive: true, mode: 0o700 });
      await writeFile(path.join(setting.directory, `${Date.now()}-${providerMessageId}.txt`), `To: ${to}\n\n${text}\n`, { mode: 0o600, flag: 'wx' });
      return { providerMessageId };
    },
  };
}

/** A webhook's `{"id": "…"}` or `{"messageId": "…"}` answer names the message; anything else does not. */
function messageIdOf(answer: string): string | null {
  try {
    const parsed: unknown = JSON.parse(answer);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const candidate = 'messageId' in parsed ? parsed.messageId : 'id' in parsed ? parsed.id : null;
    return typeof candidate === 'string' && candidate !== '' ? candidate.slice(0, 100) : null;
  } catch {
    return null;
  }
}
