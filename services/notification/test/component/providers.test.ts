/**
 * The real providers against local servers: the SMS webhook treats a redirect as a failure and
 * never puts the answer's body in its error; SMTP insists on TLS for smtp:// and bounds the whole
 * exchange, not only each phase.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createEmailSender } from '../../src/infrastructure/email-transport';
import { createSmsSender } from '../../src/infrastructure/sms-transport';

const SMS_TEXT = 'ECTicket Your tickets: http://127.0.0.1:8080/wallet/wallet-token-of-the-buyer';

describe('the SMS webhook', () => {
  let server: HttpServer;
  let url: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createHttpServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/redirect') {
        response.writeHead(307, { location: '/elsewhere' }).end();
      } else if (request.url === '/refuse') {
        request.pipe(response.writeHead(400, { 'content-type': 'application/json' }));
      } else {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"provider-1"}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('takes a 2xx answer with its id', async () => {
    await expect(createSmsSender({ kind: 'webhook', url: `${url}/send` }, 5000).send('0912345678', SMS_TEXT)).resolves.toEqual({ providerMessageId: 'provider-1' });
  });

  it('fails on a redirect without following it', async () => {
    hits.length = 0;
    await expect(createSmsSender({ kind: 'webhook', url: `${url}/redirect` }, 5000).send('0912345678', SMS_TEXT)).rejects.toThrow();
    expect(hits).toEqual(['/redirect']);
  });

  it('keeps only the status code of a refusal, never the body that echoes the message', async () => {
    const refusal = createSmsSender({ kind: 'webhook', url: `${url}/refuse` }, 5000).send('0912345678', SMS_TEXT);
    await expect(refusal).rejects.toThrow(/^the SMS webhook refused the message with HTTP status 400$/);
  });
});

describe('SMTP', () => {
  let server: TcpServer;
  let port: number;
  const sockets = new Set<Socket>();
  const commands: string[] = [];
  /** How the fake server answers EHLO. */
  let ehloAnswer: (socket: Socket) => void = () => undefined;

  beforeAll(async () => {
    server = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.write('220 fake ESMTP\r\n');
      socket.on('data', (chunk) => {
        for (const line of chunk.toString('utf8').split('\r\n').filter(Boolean)) {
          commands.push(line);
          if (/^EHLO/i.test(line)) ehloAnswer(socket);
          else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    for (const socket of sockets) socket.destroy();
    commands.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const message = { subject: 'Your tickets', text: SMS_TEXT, html: `<p>${SMS_TEXT}</p>` };

  it('sends nothing over smtp:// to a server that offers no STARTTLS', async () => {
    ehloAnswer = (socket) => socket.write('250-fake\r\n250 SIZE 1000000\r\n');
    const sender = createEmailSender({ setting: { kind: 'smtp', url: `smtp://127.0.0.1:${port}` }, from: 'ECTicket <no-reply@ecticket.local>', timeoutMs: 5000 });

    await expect(sender.send({ name: 'Lin Mei', address: 'mei@example.com' }, message)).rejects.toThrow();

    expect(commands.some((command) => /^MAIL FROM/i.test(command))).toBe(false);
    sender.close();
  });

  it('gives up on an exchange that keeps trickling in past the deadline, though no single phase times out', async () => {
    let trickle: NodeJS.Timeout | undefined;
    ehloAnswer = (socket) => {
      trickle = setInterval(() => socket.write('250-still thinking\r\n'), 20);
      socket.on('close', () => clearInterval(trickle));
    };
    const sender = createEmailSender({ setting: { kind: 'smtp', url: `smtp://127.0.0.1:${port}` }, from: 'ECTicket <no-reply@ecticket.local>', timeoutMs: 300 });

    await expect(sender.send({ name: 'Lin Mei', address: 'mei@example.com' }, message)).rejects.toThrow(/did not end within 300 ms/);
    clearInterval(trickle);
    sender.close();
  });
});
