import { graphql } from '../__generated__';
import type { NotificationList_PatientFragment } from '../__generated__/graphql';
import { NotificationItem } from './NotificationItem';

export const NotificationList_patient = graphql(`
  fragment NotificationList_patient on Patient {
    id
    notifications(first: 20) {
      id
      ...NotificationItem_notification
    }
  }
`);

/** The patient's in-app notifications, newest first. */
export function NotificationList({ patient }: { readonly patient: NotificationList_PatientFragment }) {
  if (patient.notifications.length === 0) return <p className="muted">No notifications.</p>;
  return (
    <ul data-testid="notifications">
      {patient.notifications.map((n) => (
        <NotificationItem key={n.id} notification={n} />
      ))}
    </ul>
  );
}

/** How many of the listed notifications are unread (the API has no separate count). */
export function unreadCount(patient: NotificationList_PatientFragment): number {
  return patient.notifications.filter((n) => !n.readAt).length;
}
