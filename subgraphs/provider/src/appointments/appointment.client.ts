import { subgraphUrl } from '@telemed/topology/subgraphs';
import { DomainError, ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';

/** What provider needs to know about an appointment to accept a review of it. */
export interface AppointmentFacts {
  readonly id: string;
  readonly status: string;
  readonly doctorId: string;
  readonly patientId: string;
}

/** The appointment subgraph could not answer; the gateway reports the same code for unreachable subgraphs. */
export class AppointmentServiceUnavailableError extends DomainError {
  readonly code = 'SUBGRAPH_UNAVAILABLE';
  constructor(reason: string) {
    super(`The appointment service could not answer: ${reason}`, { serviceName: 'appointment' });
  }
}

const QUERY = 'query AppointmentFacts($id: ID!) { appointment(id: $id) { id status doctor { id } patient { id } } }';
const TIMEOUT_MS = 3_000;

interface Answer {
  data?: { appointment: { id: string; status: string; doctor: { id: string } | null; patient: { id: string } | null } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The one place provider calls the appointment subgraph: asks for an
 * appointment's status and participants as the caller (their
 * `Authorization` and correlation ID are forwarded, so appointment applies
 * its own read rules). To move onto the shared service client, replace this
 * function's body.
 */
export async function fetchAppointmentFacts(id: string, forwardHeaders: Readonly<Record<string, string>>): Promise<AppointmentFacts> {
  let answer: Answer;
  try {
    const response = await fetch(subgraphUrl('appointment'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...forwardHeaders },
      body: JSON.stringify({ query: QUERY, variables: { id } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    answer = (await response.json()) as Answer;
  } catch (error) {
    throw new AppointmentServiceUnavailableError(error instanceof Error ? error.message : String(error));
  }
  const code = answer.errors?.[0]?.extensions?.code;
  if (code === 'NOT_FOUND') throw new NotFoundError('Appointment', id);
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw new ForbiddenError('Only the patient of an appointment may review it');
  const appointment = answer.data?.appointment;
  if (answer.errors?.length || !appointment?.doctor || !appointment.patient) {
    throw new AppointmentServiceUnavailableError(answer.errors?.[0]?.message ?? 'incomplete answer');
  }
  return { id: appointment.id, status: appointment.status, doctorId: appointment.doctor.id, patientId: appointment.patient.id };
}
