import { useQuery, useSubscription } from '@apollo/client/react';
import { insertByStart } from '@telemed/web-client/sorted-insert';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { Loading } from '@telemed/web-client/ui/Loading';
import { graphql } from '../__generated__';
import type { MyAppointmentsQuery } from '../__generated__/graphql';
import { AppointmentItem } from '../components/AppointmentItem';

const MyAppointments = graphql(`
  query MyAppointments {
    appointments(first: 100) {
      id
      ...AppointmentItem_appointment
    }
  }
`);

const MyAppointmentChanged = graphql(`
  subscription MyAppointmentChanged {
    appointmentChanged {
      id
      ...AppointmentItem_appointment
    }
  }
`);

type AppointmentNode = MyAppointmentsQuery['appointments'][number];

/** The patient's appointments, kept live by `appointmentChanged` (new bookings are inserted by start, rescheduled ones move). */
export function AppointmentsScreen() {
  const appointments = useQuery(MyAppointments);
  const changes = useSubscription(MyAppointmentChanged, {
    onData: ({ data }) => {
      const changed = data.data?.appointmentChanged;
      if (!changed) return;
      appointments.updateQuery((_, options) => {
        if (!options.complete) return;
        const previous = options.previousData;
        const appointments = insertByStart<AppointmentNode>(previous.appointments, changed);
        if (appointments === previous.appointments) return;
        return { ...previous, appointments: [...appointments] };
      });
    },
  });
  const list = appointments.data?.appointments ?? [];

  return (
    <section className="card">
      <h2>Your appointments</h2>
      <ErrorBanner error={[appointments.error, changes.error]} />
      {appointments.loading && !appointments.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="muted">No appointments yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Doctor</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((appointment) => (
              <AppointmentItem key={appointment.id} appointment={appointment} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
