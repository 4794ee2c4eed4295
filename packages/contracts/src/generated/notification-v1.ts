// Generated barrel of ecticket.notification.v1 types.
export type * from './ecticket/notification/v1/ListOrderNotificationsRequest';
export type * from './ecticket/notification/v1/ListOrderNotificationsResponse';
export type * from './ecticket/notification/v1/NotificationService';
export type * from './ecticket/notification/v1/OrderNotification';
export type * from './ecticket/notification/v1/Page';
