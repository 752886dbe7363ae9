import { matchRoute, useHashRoute } from '@telemed/web-client/hash-route';
import { ConsultationScreen } from './screens/ConsultationScreen';
import { ScheduleScreen } from './screens/ScheduleScreen';

/** `#/` the schedule, `#/appointments/<id>` one appointment's consultation. */
export function App() {
  const route = useHashRoute();
  const appointmentId = matchRoute(route, '/appointments');
  return appointmentId ? (
    <ConsultationScreen key={appointmentId} appointmentId={appointmentId} />
  ) : (
    <ScheduleScreen />
  );
}
