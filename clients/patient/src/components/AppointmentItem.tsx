import { graphql } from '../__generated__';
import type { AppointmentItem_AppointmentFragment } from '../__generated__/graphql';

export const AppointmentItem_appointment = graphql(`
  fragment AppointmentItem_appointment on Appointment {
    id
    startsAt
    status
    reason
    doctor {
      id
      name
      specialty
    }
  }
`);

/** One of the patient's appointments; the doctor's name opens it. */
export function AppointmentItem({
  appointment,
}: {
  readonly appointment: AppointmentItem_AppointmentFragment;
}) {
  return (
    <tr data-appointment-id={appointment.id}>
      <td>{new Date(appointment.startsAt).toLocaleString()}</td>
      <td>
        <a href={`#/appointments/${appointment.id}`}>{appointment.doctor?.name ?? 'Your doctor'}</a>
        {appointment.doctor && <span className="muted"> · {appointment.doctor.specialty}</span>}
      </td>
      <td data-testid="appointment-status">{appointment.status}</td>
    </tr>
  );
}
