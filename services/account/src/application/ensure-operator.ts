import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, newId } from '@ecticket/platform';
import { loginKeyOf, newOperator } from '../domain/account';
import { accountChange, systemActor } from '../domain/change';
import { assertPasswordPolicy } from '../domain/password-policy';
import { accounts } from '../infrastructure/collections';
import { commit } from './commit';
import { insertNew } from './persistence';
import type { AccountDeps, GeneratedPasswordSink } from './ports';

export interface OperatorSetup {
  readonly username: string;
  /** When absent, a strong password is generated and handed to the sink. */
  readonly password: string | undefined;
}

/**
 * The platform operator account exists from the first start. Idempotent: once the account exists,
 * later starts (and other replicas, through the unique login key) leave it as it is.
 */
export async function ensureOperator(deps: AccountDeps, setup: OperatorSetup, sink: GeneratedPasswordSink): Promise<void> {
  if (await deps.store.collection(accounts).findOne({ loginKey: loginKeyOf(null, setup.username) })) return;
  const password = setup.password ?? randomBytes(24).toString('base64url');
  assertPasswordPolicy(password);
  const operator = newOperator({
    id: newId(),
    username: setup.username,
    displayName: setup.username,
    passwordHash: await deps.passwords.hash(password),
    now: deps.clock.now(),
  });
  // Delivered before the commit, so an operator never exists with a password nobody was given.
  const deliveredTo = setup.password === undefined ? await sink.deliver(password) : null;
  try {
    await commit(deps, systemActor, [insertNew(accounts, operator)], [accountChange('account.operator_created', null, operator)]);
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    if (deliveredTo) await sink.retract();
    return;
  }
  if (deliveredTo) deps.logger.warn({ file: deliveredTo }, 'generated the platform operator password: read it from this file, then delete the file');
  else deps.logger.info({ username: operator.username }, 'created the platform operator account');
}
