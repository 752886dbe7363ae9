import { useMutation } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { graphql } from '../__generated__';
import type { CheckInButton_AppointmentFragment } from '../__generated__/graphql';

export const CheckInButton_appointment = graphql(`
  fragment CheckInButton_appointment on Appointment {
    id
    status
  }
`);

// Answers the status, which lands in the cache by id: the button goes away and the screen shows CHECKED_IN.
const PatientCheckIn = graphql(`
  mutation PatientCheckIn($id: ID!) {
    checkInAppointment(id: $id) {
      id
      ...CheckInButton_appointment
    }
  }
`);

/**
 * "I have arrived": `checkInAppointment`, which the API allows the patient
 * while the appointment is SCHEDULED (the API sets no time window),
 * so the button shows only then. A refusal (say, the doctor cancelled
 * meanwhile) shows its code through the ErrorBanner.
 */
export function CheckInButton({ appointment }: { readonly appointment: CheckInButton_AppointmentFragment }) {
  const [checkIn, { loading, error }] = useMutation(PatientCheckIn);
  if (appointment.status !== 'SCHEDULED') return null;
  return (
    <>
      <ErrorBanner error={error} />
      <button
        type="button"
        disabled={loading}
        // The error is shown from the hook's state; the rejected promise has nothing more to say.
        onClick={() => void checkIn({ variables: { id: appointment.id } }).catch(() => undefined)}
      >
        {loading ? 'Checking in…' : 'Check in'}
      </button>
    </>
  );
}
