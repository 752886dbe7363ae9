import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { Loading } from '@telemed/web-client/ui/Loading';
import { graphql } from '../__generated__';
import { AppointmentAttachments } from '../components/AppointmentAttachments';
import { NotesForm } from '../components/NotesForm';
import { VitalsForm } from '../components/VitalsForm';
import { VitalsTable } from '../components/VitalsTable';

const ConsultationQuery = graphql(`
  query DoctorConsultation($id: ID!) {
    appointment(id: $id) {
      id
      status
      startsAt
      reason
      ...AppointmentAttachments_appointment
      patient {
        id
        name
      }
      consultation {
        id
        ...VitalsTable_consultation
        ...NotesForm_consultation
      }
    }
  }
`);

// Selects what the screen shows, so each event refreshes the cache entries it reads.
const ConsultationLive = graphql(`
  subscription DoctorConsultationLive($appointmentId: ID!) {
    consultationUpdated(appointmentId: $appointmentId) {
      id
      ...VitalsTable_consultation
      ...NotesForm_consultation
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

const CheckIn = graphql(`
  mutation DoctorCheckIn($id: ID!) {
    checkInAppointment(id: $id) {
      id
      status
    }
  }
`);

const Start = graphql(`
  mutation StartConsultation($id: ID!) {
    startAppointment(id: $id) {
      id
      status
      consultation {
        id
        ...VitalsTable_consultation
        ...NotesForm_consultation
      }
    }
  }
`);

const Complete = graphql(`
  mutation CompleteConsultation($id: ID!) {
    completeAppointment(id: $id) {
      id
      status
    }
  }
`);

/**
 * One appointment: move it along (check in, start, complete) and document the
 * consultation. `consultationUpdated` keeps it current when the record changes
 * elsewhere (another tab, another device).
 */
export function ConsultationScreen({ appointmentId }: { readonly appointmentId: string }) {
  const { data, error, loading, refetch } = useQuery(ConsultationQuery, { variables: { id: appointmentId } });
  const live = useSubscription(ConsultationLive, { variables: { appointmentId } });
  const [checkIn, checkingIn] = useMutation(CheckIn);
  const [start, starting] = useMutation(Start);
  const [complete, completing] = useMutation(Complete);
  const appointment = data?.appointment;
  const actionErrors = [checkingIn.error, starting.error, completing.error];
  const busy = checkingIn.loading || starting.loading || completing.loading;
  const variables = { id: appointmentId };

  return (
    <>
      <p>
        <a href="#/">← Schedule</a>
      </p>
      <ErrorBanner error={[error, live.error, ...actionErrors]} />
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
            <h2>{appointment.patient?.name ?? 'Unknown patient'}</h2>
            <p>
              {new Date(appointment.startsAt).toLocaleString()} ·{' '}
              <span data-testid="appointment-status">{appointment.status}</span>
              {appointment.reason && <> · {appointment.reason}</>}
            </p>
            {appointment.status === 'SCHEDULED' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void checkIn({ variables }).catch(() => undefined)}
              >
                Check patient in
              </button>
            )}
            {appointment.status === 'CHECKED_IN' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void start({ variables }).catch(() => undefined)}
              >
                Start consultation
              </button>
            )}
            {appointment.status === 'IN_PROGRESS' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void complete({ variables }).catch(() => undefined)}
              >
                Complete consultation
              </button>
            )}
          </section>
          {appointment.consultation && (
            <>
              <section className="card">
                <h3>Vitals</h3>
                <VitalsTable consultation={appointment.consultation} />
                {(appointment.status === 'IN_PROGRESS' || appointment.status === 'COMPLETED') && (
                  <VitalsForm appointmentId={appointmentId} />
                )}
              </section>
              <section className="card">
                <h3>Notes</h3>
                <NotesForm appointmentId={appointmentId} consultation={appointment.consultation} />
              </section>
            </>
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
