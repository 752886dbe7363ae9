import { ServiceGraphQLError } from '@telemed/service-client/errors';
import type { SubgraphContext } from '@telemed/subgraph-kit/context';
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

interface Answer {
  appointment: { id: string; status: string; doctor: { id: string } | null; patient: { id: string } | null } | null;
}

/** What a call to appointment needs from the request it belongs to. */
export type ServiceCallContext = Pick<SubgraphContext, 'services' | 'correlationId' | 'authorization'>;

/**
 * The one place provider calls the appointment subgraph: asks for an
 * appointment's status and participants through the shared service client
 * (service token, correlation ID, timeout, retries, circuit breaker), on the
 * caller's behalf: their `Authorization` travels along, so appointment
 * applies its own read rules (and audits the read) for the same caller.
 */
export async function fetchAppointmentFacts(id: string, ctx: ServiceCallContext): Promise<AppointmentFacts> {
  let answer: Answer;
  try {
    answer = await ctx.services.request<Answer>('appointment', {
      query: QUERY,
      variables: { id },
      correlationId: ctx.correlationId,
      authorization: ctx.authorization,
    });
  } catch (error) {
    const code = error instanceof ServiceGraphQLError ? error.errors[0]?.extensions?.code : undefined;
    if (code === 'NOT_FOUND') throw new NotFoundError('Appointment', id);
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw new ForbiddenError('Only the patient of an appointment may review it');
    throw new AppointmentServiceUnavailableError(error instanceof Error ? error.message : String(error));
  }
  const appointment = answer.appointment;
  if (!appointment?.doctor || !appointment.patient) throw new AppointmentServiceUnavailableError('incomplete answer');
  return { id: appointment.id, status: appointment.status, doctorId: appointment.doctor.id, patientId: appointment.patient.id };
}
