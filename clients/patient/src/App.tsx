import { matchRoute, useHashRoute } from '@telemed/web-client/hash-route';
import { AppointmentsScreen } from './screens/AppointmentsScreen';
import { ConsultationScreen } from './screens/ConsultationScreen';
import { NotificationsScreen } from './screens/NotificationsScreen';

/** `#/` appointments and notifications, `#/appointments/<id>` one consultation. */
export function App() {
  const route = useHashRoute();
  const appointmentId = matchRoute(route, '/appointments');
  if (appointmentId) return <ConsultationScreen key={appointmentId} appointmentId={appointmentId} />;
  return (
    <>
      <AppointmentsScreen />
      <NotificationsScreen />
    </>
  );
}
