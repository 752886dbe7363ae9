import { useQuery, useSubscription } from '@apollo/client/react';
import { insertNewestFirst } from '@telemed/web-client/sorted-insert';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { Loading } from '@telemed/web-client/ui/Loading';
import { graphql } from '../__generated__';
import type { NotificationList_PatientFragment } from '../__generated__/graphql';
import { NotificationList, unreadCount } from '../components/NotificationList';

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

// Selects what a list item shows, so a pushed notification can join the cached list as is.
const MyNotificationReceived = graphql(`
  subscription MyNotificationReceived {
    notificationReceived {
      id
      ...NotificationItem_notification
    }
  }
`);

type NotificationNode = NotificationList_PatientFragment['notifications'][number];

/**
 * The patient's notifications, kept live by `notificationReceived`: each one
 * created for them (a booking's confirmation, a reminder, ...) appears at the
 * top without a reload. There is no mark-as-read mutation in the API yet, so
 * unread ones stay unread here.
 */
export function NotificationsScreen() {
  const notifications = useQuery(MyNotifications);
  const received = useSubscription(MyNotificationReceived, {
    onData: ({ data }) => {
      const notification = data.data?.notificationReceived;
      if (!notification) return;
      notifications.updateQuery((_, options) => {
        const patient = options.complete ? options.previousData.me?.patient : undefined;
        if (!options.complete || !patient) return;
        return {
          ...options.previousData,
          me: {
            ...options.previousData.me!,
            patient: {
              ...patient,
              notifications: [...insertNewestFirst<NotificationNode>(patient.notifications, notification)],
            },
          },
        };
      });
    },
  });
  const patient = notifications.data?.me?.patient;
  const unread = patient ? unreadCount(patient) : 0;

  return (
    <section className="card">
      <h2>
        Notifications{' '}
        {unread > 0 && (
          <span className="badge unread" data-testid="unread-count" title="Unread notifications">
            {unread} unread
          </span>
        )}
      </h2>
      <ErrorBanner error={[notifications.error, received.error]} />
      {patient ? <NotificationList patient={patient} /> : notifications.loading && <Loading />}
    </section>
  );
}
