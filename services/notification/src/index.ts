export { startNotificationService } from './main';
