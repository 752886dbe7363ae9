import { useQuery } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { graphql } from '../__generated__';
import { NotificationList } from '../components/NotificationList';

const MyNotifications = graphql(`
  query MyNotifications {
    me {
      id
      patient {
        id
        ...NotificationList_patient
      }
    }
  }
`);

/** Notifications as of loading the screen (or pressing Refresh). */
export function NotificationsScreen() {
  const { data, error, loading, refetch } = useQuery(MyNotifications);
  const patient = data?.me?.patient;
  return (
    <section className="card">
      <h2>Notifications</h2>
      <ErrorBanner error={error} />
      {patient ? <NotificationList patient={patient} /> : loading && <p className="muted">Loading…</p>}
      <button type="button" onClick={() => void refetch().catch(() => undefined)}>
        Refresh
      </button>
    </section>
  );
}
