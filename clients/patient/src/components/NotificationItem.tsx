import { graphql } from '../__generated__';
import type { NotificationItem_NotificationFragment } from '../__generated__/graphql';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    title
    body
    createdAt
    readAt
  }
`);

/** One in-app notification; read ones are muted. */
export function NotificationItem({
  notification,
}: {
  readonly notification: NotificationItem_NotificationFragment;
}) {
  return (
    <li data-notification-id={notification.id} className={notification.readAt ? 'muted' : undefined}>
      <strong>{notification.title}</strong>{' '}
      <span className="muted">{new Date(notification.createdAt).toLocaleString()}</span>
      <br />
      {notification.body}
    </li>
  );
}
