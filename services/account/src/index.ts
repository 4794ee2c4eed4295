export { startAccountService } from './main';
