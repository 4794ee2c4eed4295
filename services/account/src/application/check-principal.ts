import { authorizeActor } from '../domain/access';
import type { Actor } from '../domain/actor';
import { parsePermission } from '../domain/permissions';
import { authenticate } from './authenticate';
import type { AccountDeps } from './ports';

export interface CheckPrincipalInput {
  readonly accessToken: string;
  /** Empty: no particular node. */
  readonly requiredPermission: string;
  readonly mutating: boolean;
}

/** For other services: who is this, may they do this now (R13, R23), and which branch are they (R22)? */
export async function checkPrincipal(deps: AccountDeps, input: CheckPrincipalInput): Promise<Actor> {
  const permission = input.requiredPermission === '' ? undefined : parsePermission(input.requiredPermission);
  const actor = await authenticate(deps, input.accessToken);
  authorizeActor(actor, { permission, mutating: input.mutating });
  return actor;
}
