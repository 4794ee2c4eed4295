import { GatewayHarness, type Answer } from './support/gateway-harness';
import { bodySchemaOf, concretePath, isOperatorRoute, operationsOf, type DocumentedOperation, type JsonSchema, type OpenApiDocument } from './support/openapi-walk';

const randomBodiesPerRoute = 80;

interface BadRequest {
  readonly what: string;
  /** Generated at random: it may happen to be valid, so only a 5xx or a refusal without a problem document fails it. */
  readonly random?: boolean;
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A value of another JSON type than the schema asks for. */
function wrongTypeFor(schema: JsonSchema): unknown {
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return '12';
    case 'boolean':
      return 'true';
    case 'array':
      return 'not a list';
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return { unexpected: true };
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomJson(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * (depth > 2 ? 5 : 7));
  const text = () => ['', 'x', '💥'.repeat(3), '\u0000', 'a'.repeat(300), '<script>', "' OR 1=1 --"][Math.floor(random() * 7)];
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random() > 0.5;
    case 2:
      return [0, -1, 1e308, 3.5, Number.MAX_SAFE_INTEGER + 2][Math.floor(random() * 5)];
    case 3:
    case 4:
      return text();
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [['name', 'code', 'merchantId', 'role', 'permissions', '__proto__', 'contract'][Math.floor(random() * 7)], randomJson(random, depth + 1)]),
      );
  }
}

function badRequestsFor({ path, operation }: DocumentedOperation, random: () => number): BadRequest[] {
  const valid = concretePath(path);
  const requests: BadRequest[] = [];
  if (path.includes('{')) {
    for (const id of ['../../etc/passwd', 'x'.repeat(65), "1' OR '1'='1", ' ']) requests.push({ what: `path id ${id.slice(0, 12)}`, path: concretePath(path, id) });
  }
  requests.push({ what: 'an unknown query parameter', path: `${valid}?merchantId=mer-b` });
  if (operation.parameters.some((parameter) => parameter.name === 'limit')) {
    for (const limit of ['0', '201', 'abc', '1.5', '-1']) requests.push({ what: `limit=${limit}`, path: `${valid}?limit=${limit}` });
    requests.push({ what: 'two limits', path: `${valid}?limit=1&limit=2` });
    requests.push({ what: 'a cursor that is too long', path: `${valid}?cursor=${'c'.repeat(600)}` });
  }
  const schema = bodySchemaOf(operation);
  if (!schema) return requests;
  requests.push({ what: 'malformed JSON', path: valid, body: '{"name": ' });
  requests.push({ what: 'a huge payload', path: valid, body: { name: 'x'.repeat(200_000) } });
  requests.push({ what: 'a body that is a list', path: valid, body: [] });
  requests.push({ what: 'a body that is a string', path: valid, body: '"text"' });
  requests.push({ what: 'no body', path: valid, body: '', headers: { 'content-type': 'text/plain' } });
  for (const field of ['merchantId', 'role', 'permissions', 'accountId', 'status', 'storeWebsiteUrl']) {
    if (!schema.properties?.[field]) requests.push({ what: `mass assignment of ${field}`, path: valid, body: { [field]: field === 'permissions' ? ['accounts'] : 'x' } });
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    requests.push({ what: `${name} of the wrong type`, path: valid, body: { [name]: wrongTypeFor(property) } });
    if (property.maxLength) requests.push({ what: `${name} too long`, path: valid, body: { [name]: 'y'.repeat(property.maxLength + 1) } });
  }
  for (let index = 0; index < randomBodiesPerRoute; index += 1) requests.push({ what: `random body #${index}`, random: true, path: valid, body: randomJson(random) });
  return requests;
}

describe('bad input at every route of the OpenAPI document (T11)', () => {
  let harness: GatewayHarness;
  let operations: DocumentedOperation[];

  beforeAll(async () => {
    harness = await GatewayHarness.start();
    const document = (await harness.request('get', '/openapi.json')).body as unknown as OpenApiDocument;
    operations = operationsOf(document).filter(({ path }) => path.startsWith('/v1/'));
  });
  afterAll(() => harness.stop());

  it('answers every malformed request with a problem document and a stable code, never a 5xx', async () => {
    const owner = harness.account.token();
    const operator = harness.account.token({ sub: 'acc-operator', role: 'operator', mid: undefined });
    const random = randomSource(20_260_101);
    const requests = operations.flatMap((entry) => badRequestsFor(entry, random).map((bad) => ({ entry, bad })));
    const failures: string[] = [];
    // A few in flight at once: thousands of requests one by one outlast the test's time on a busy machine.
    const inFlight = 8;
    for (let start = 0; start < requests.length; start += inFlight) {
      await Promise.all(
        requests.slice(start, start + inFlight).map(async ({ entry, bad }) => {
          const token = entry.operation.operationId === 'login' ? undefined : isOperatorRoute(entry.path) ? operator : owner;
          const answer: Answer = await harness.request(entry.method, bad.path, {
            ...(token ? { token } : {}),
            ...(bad.body === undefined ? {} : { body: bad.body }),
            ...(bad.headers ? { headers: bad.headers } : {}),
          });
          const isProblem = answer.contentType.includes('application/problem+json') && /^[A-Z][A-Z0-9_]+$/.test(String(answer.body.code));
          const acceptable = answer.status < 400 ? bad.random === true : answer.status < 500 && isProblem;
          if (!acceptable) failures.push(`${entry.method.toUpperCase()} ${entry.path} with ${bad.what}: ${answer.status} ${String(answer.body.code)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(requests.length).toBeGreaterThan(1000);
  }, 180_000);

  it.each([
    ['a role on a new sub-account', '/v1/sub-accounts', { username: 'clerk', displayName: 'Clerk', password: 'long enough password', permissions: [], role: 'owner' }],
    ['a merchant on a new branch', '/v1/branches', { name: 'North', code: 'N1', merchantId: 'mer-b' }],
    ['permissions while binding a branch', '/v1/sub-accounts/sub-1/branch', { branchId: 'br-1', permissions: ['accounts'] }],
    ['the store website URL, which only operators set (R17)', '/v1/merchant/settings', { customerService: { storeWebsiteUrl: 'https://evil.example' } }],
  ])('refuses mass assignment: %s', async (_case, path, body) => {
    const method = path.endsWith('/branch') ? 'put' : path.endsWith('/settings') ? 'patch' : 'post';
    const callsBefore = harness.account.calls.length;
    const answer = await harness.request(method, path, { token: harness.account.token(), body });
    expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(answer.contentType).toContain('application/problem+json');
    expect(harness.account.calls.length).toBe(callsBefore);
  });
});
