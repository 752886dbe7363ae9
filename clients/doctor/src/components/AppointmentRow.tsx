import { graphql } from '../__generated__';
import type { AppointmentRow_AppointmentFragment } from '../__generated__/graphql';

export const AppointmentRow_appointment = graphql(`
  fragment AppointmentRow_appointment on Appointment {
    id
    startsAt
    status
    reason
    patient {
      id
      name
    }
  }
`);

/** One line of the schedule; the patient's name opens the consultation. */
export function AppointmentRow({
  appointment,
}: {
  readonly appointment: AppointmentRow_AppointmentFragment;
}) {
  return (
    <tr data-appointment-id={appointment.id}>
      <td>{new Date(appointment.startsAt).toLocaleString()}</td>
      <td>
        <a href={`#/appointments/${appointment.id}`}>{appointment.patient?.name ?? 'Unknown patient'}</a>
      </td>
      <td>{appointment.reason ?? ''}</td>
      <td data-testid="appointment-status">{appointment.status}</td>
    </tr>
  );
}
