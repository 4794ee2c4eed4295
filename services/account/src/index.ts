export { startAccountService } from './main';
export { accountConfigShape, loadAccountConfig, type AccountConfig } from './config';
export { permissionNodes, type PermissionNode } from './domain/permissions';
