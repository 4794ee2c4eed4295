import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Metadata } from '@grpc/grpc-js';
import {
  AppError,
  createGrpcServer,
  createLogger,
  loadServiceDefinition,
  unauthenticated,
  type GrpcServer,
  type UnaryHandlers,
} from '@ecticket/platform';
import type { accountV1 } from '@ecticket/contracts';

type Definition = accountV1.AccountServiceDefinition;
type MethodName = keyof UnaryHandlers<Definition>;

export const issuer = 'ecticket-account';
export const audience = 'ecticket-api';
export const tokenLifetimeSeconds = 900;
export const accessTokenHeader = { alg: 'ES256', typ: 'at+jwt' } as const;

const withoutUndefined = (claims: Record<string, unknown>) => Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));

export interface RecordedCall {
  readonly method: MethodName;
  readonly request: Record<string, unknown>;
  /** The `authorization` metadata the gateway forwarded. */
  readonly authorization: string | undefined;
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { kid, privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

type Override = (request: Record<string, unknown>) => Promise<unknown>;

/**
 * A real gRPC server speaking the account contract, standing in for the account service while it
 * is being written: it publishes ES256 keys, records every call with the metadata it came with,
 * and answers well-formed messages. Tests override single methods to script refusals or delays.
 */
export class AccountServiceDouble {
  readonly calls: RecordedCall[] = [];
  published: SigningKey[];
  private readonly overrides = new Map<MethodName, Override>();
  private server: GrpcServer | null = null;
  private sequence = 0;

  constructor(readonly signingKey: SigningKey = newSigningKey('key-1')) {
    this.published = [signingKey];
  }

  async start(): Promise<string> {
    const definition = loadServiceDefinition<Definition>(['account.proto'], 'ecticket.account.v1.AccountService');
    this.server = createGrpcServer({ name: 'account-double', logger: createLogger({ service: 'account-double', level: 'silent' }), address: '127.0.0.1:0' });
    this.server.addService(definition, this.handlers(definition));
    return this.server.start();
  }

  async stop(): Promise<void> {
    await this.server?.shutdown(100);
  }

  override(method: MethodName, answer: Override): void {
    this.overrides.set(method, answer);
  }

  clearOverrides(): void {
    this.overrides.clear();
  }

  callsOf(method: MethodName): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** An access token as the account service would sign it; `claims` and `options` bend it for negative tests. */
  token(claims: Record<string, unknown> = {}, options: jwt.SignOptions = {}, key: SigningKey = this.signingKey): string {
    const defaults: jwt.SignOptions = { algorithm: 'ES256', header: accessTokenHeader, keyid: key.kid, issuer, audience, expiresIn: tokenLifetimeSeconds };
    return this.signed(withoutUndefined({ sub: 'acc-owner-a', role: 'owner', mid: 'mer-a', ...claims }), { ...defaults, ...options }, key);
  }

  /** Signed with exactly these options: nothing added. */
  signed(payload: Record<string, unknown>, options: jwt.SignOptions, key: SigningKey = this.signingKey): string {
    return jwt.sign(payload, key.privateKey, options);
  }

  private handlers(definition: Definition): UnaryHandlers<Definition> {
    const handlers: Record<string, (request: Record<string, unknown>, call: { metadata: Metadata }) => Promise<unknown>> = {};
    for (const method of Object.keys(definition) as MethodName[]) {
      handlers[method] = async (request, call) => {
        const [authorization] = call.metadata.get('authorization');
        this.calls.push({ method, request, authorization: typeof authorization === 'string' ? authorization : undefined });
        const override = this.overrides.get(method);
        return override ? override(request) : this.answer(method, request);
      };
    }
    // One generic recorder per method; the answers below are shaped like each method's response.
    return handlers as unknown as UnaryHandlers<Definition>;
  }

  private answer(method: MethodName, request: Record<string, unknown>): unknown {
    const merchantId = String(request.merchantId ?? '');
    switch (method) {
      case 'GetVerificationKeys':
        return { issuer, audience, keys: this.published.map((key) => ({ kid: key.kid, algorithm: 'ES256', publicKeyPem: key.publicKeyPem })) };
      case 'Login':
        if (request.password !== 'correct horse battery') throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password.');
        return { accessToken: this.token(), tokenType: 'Bearer', expiresIn: 900, principal: principal() };
      case 'CheckPrincipal':
        return principal();
      case 'CreateMerchant':
      case 'GetMerchant':
      case 'UpdateMerchantContract':
      case 'UpdateMerchantSettings':
        return merchant(merchantId || this.nextId('mer'));
      case 'ListMerchants':
        return { merchants: [merchant('mer-a')], nextCursor: '' };
      case 'CreateSubAccount':
      case 'GetSubAccount':
      case 'ChangeSubAccountPassword':
      case 'UpdateSubAccountPermissions':
      case 'DeleteSubAccount':
      case 'BindSubAccountToBranch':
        return subAccount(merchantId, String(request.subAccountId ?? this.nextId('sub')));
      case 'ListSubAccounts':
        return { subAccounts: [subAccount(merchantId, 'sub-1')], nextCursor: 'next-page' };
      case 'CreateBranch':
        return branch(merchantId, this.nextId('br'), String(request.code ?? 'B1'));
      case 'GetBranch':
      case 'UpdateBranch':
      case 'DisableBranch':
      case 'EnableBranch':
        return { ...branch(merchantId, String(request.branchId), 'B1'), subAccounts: [subAccount(merchantId, 'sub-1')] };
      case 'ListBranches':
        return { branches: [branch(merchantId, 'br-1', 'B1')], nextCursor: '' };
      case 'CreateRedeemableStore':
      case 'UnlinkRedeemableStore':
        return { id: String(request.relationId ?? this.nextId('rel')), issuerMerchantId: merchantId, storeMerchantId: 'mer-b', status: 'linked', createdAt: now() };
      case 'ListRedeemableStores':
        return { stores: [], nextCursor: '' };
      case 'ListJointIssuers':
        return { issuers: [{ relationId: 'rel-1', issuerMerchantId: 'mer-b', issuerName: 'B', productIds: ['p-1'], linkedAt: now() }], nextCursor: '' };
      case 'ListAuditLog':
        return { entries: [{ id: 'aud-1', merchantId, action: 'branch.created', afterJson: '{"name":"Main"}', at: now() }], nextCursor: '' };
      case 'ResolveBranch':
      case 'IsRedeemableStore':
      case 'GetMerchantTerms':
        throw new AppError('internal', 'NOT_SCRIPTED', `${method} is not used by the gateway`);
    }
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }
}

const now = () => new Date().toISOString();

function principal() {
  return { accountId: 'acc-owner-a', merchantId: 'mer-a', role: 'ROLE_OWNER', name: 'Owner A', permissions: [], headOffice: true };
}

function merchant(id: string) {
  return { id, name: 'Merchant', settings: { smsEnabled: false, orderLookupUrl: 'https://lookup.example/a' }, ownerUsername: 'owner', createdAt: now() };
}

function subAccount(merchantId: string, id: string) {
  return { id, merchantId, username: 'clerk', displayName: 'Clerk', permissions: ['redeem'], createdAt: now() };
}

function branch(merchantId: string, id: string, code: string) {
  return { id, merchantId, name: 'Main', code, status: 'BRANCH_STATUS_ENABLED', createdAt: now() };
}
