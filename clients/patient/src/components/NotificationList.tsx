import { graphql } from '../__generated__';
import type { NotificationList_PatientFragment } from '../__generated__/graphql';

export const NotificationList_patient = graphql(`
  fragment NotificationList_patient on Patient {
    id
    notifications(first: 20) {
      id
      kind
      title
      body
      createdAt
      readAt
    }
  }
`);

/** The patient's in-app notifications, newest first. */
export function NotificationList({ patient }: { readonly patient: NotificationList_PatientFragment }) {
  if (patient.notifications.length === 0) return <p className="muted">No notifications.</p>;
  return (
    <ul data-testid="notifications">
      {patient.notifications.map((n) => (
        <li key={n.id} className={n.readAt ? 'muted' : undefined}>
          <strong>{n.title}</strong> <span className="muted">{new Date(n.createdAt).toLocaleString()}</span>
          <br />
          {n.body}
        </li>
      ))}
    </ul>
  );
}
