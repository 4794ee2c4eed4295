import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  readonly path: string;
  readonly contentType: string;
  readonly body: string;
  readonly fields: Record<string, string>;
}

/** Answers a POST: the status and text body to send back. */
export type PostHandler = (post: ReceivedPost) => Promise<{ status: number; body: string }>;

/** A local HTTP server standing in for the other end of the processor's calls; it records every POST. */
export class LocalHttpServer {
  readonly received: ReceivedPost[] = [];
  private readonly server: Server;

  constructor(private handler: PostHandler) {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        ({ status, body }) => response.writeHead(status, { 'content-type': 'text/plain' }).end(body),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  answerWith(handler: PostHandler): void {
    this.handler = handler;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const post = { path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body, fields: Object.fromEntries(new URLSearchParams(body)) };
    this.received.push(post);
    return this.handler(post);
  }
}
