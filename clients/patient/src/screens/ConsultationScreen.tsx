import { useQuery, useSubscription } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { Loading } from '@telemed/web-client/ui/Loading';
import { graphql } from '../__generated__';
import { AppointmentAttachments } from '../components/AppointmentAttachments';
import { CheckInButton } from '../components/CheckInButton';
import { ConsultationRecord } from '../components/ConsultationRecord';

const ConsultationQuery = graphql(`
  query PatientConsultation($id: ID!) {
    appointment(id: $id) {
      id
      status
      startsAt
      ...CheckInButton_appointment
      ...AppointmentAttachments_appointment
      doctor {
        id
        name
      }
      consultation {
        id
        ...ConsultationRecord_consultation
      }
    }
  }
`);

// The appointment's status and its link to the consultation ride along, so the
// screen switches from "waiting" to the record when the doctor starts.
const ConsultationLive = graphql(`
  subscription PatientConsultationLive($appointmentId: ID!) {
    consultationUpdated(appointmentId: $appointmentId) {
      id
      ...ConsultationRecord_consultation
      appointment {
        id
        status
        consultation {
          id
        }
      }
    }
  }
`);

/** One appointment: check in while it is SCHEDULED, then its consultation, updated live as the doctor documents it. */
export function ConsultationScreen({ appointmentId }: { readonly appointmentId: string }) {
  const { data, error, loading, refetch } = useQuery(ConsultationQuery, { variables: { id: appointmentId } });
  const live = useSubscription(ConsultationLive, { variables: { appointmentId } });
  const appointment = data?.appointment;
  return (
    <>
      <p>
        <a href="#/">← Your appointments</a>
      </p>
      <ErrorBanner error={[error, live.error]} />
      {!appointment ? (
        loading ? (
          <Loading />
        ) : (
          // The query answered and there is no such appointment (a stale or mistyped link).
          !error && <p className="card muted">There is no appointment with this id.</p>
        )
      ) : (
        <>
          <section className="card">
            <h2>{appointment.doctor?.name ?? 'Your doctor'}</h2>
            <p>
              {new Date(appointment.startsAt).toLocaleString()} ·{' '}
              <span data-testid="appointment-status">{appointment.status}</span>
            </p>
            <CheckInButton appointment={appointment} />
          </section>
          {appointment.consultation ? (
            <ConsultationRecord consultation={appointment.consultation} />
          ) : (
            <p className="card muted">
              The consultation has not started yet; this page updates when your doctor starts it.
            </p>
          )}
          <section className="card">
            <h3>Files</h3>
            <AppointmentAttachments appointment={appointment} refetch={refetch} />
          </section>
        </>
      )}
    </>
  );
}
