// Generated barrel of ecticket.notification.v1 types.
export type * from './ecticket/notification/v1/NotificationService';
