import { ServiceGraphQLError } from '@telemed/service-client/errors';
import type { SubgraphContext } from '@telemed/subgraph-kit/context';
import { DomainError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { DoctorScheduleShape, type DoctorSchedule } from '../availability/schedule';

/** Provider could not answer; the gateway uses the same code for subgraphs it cannot reach. */
export class ProviderUnavailableError extends DomainError {
  readonly code = 'SUBGRAPH_UNAVAILABLE';
  constructor(reason: string) {
    super(`The provider service could not answer: ${reason}`, { serviceName: 'provider' });
  }
}

const QUERY = /* GraphQL */ `
  query DoctorSchedule($id: ID!) {
    doctor(id: $id) {
      workingHours { dayOfWeek startTime endTime slotMinutes }
      timeOff { startsAt endsAt }
    }
  }
`;

/** What a call to provider needs from the request it belongs to. */
export type ServiceCallContext = Pick<SubgraphContext, 'services' | 'correlationId'>;

/**
 * The one place the appointment subgraph asks provider for a doctor's working
 * hours and time off, for checks a client must not be able to forge (the
 * `@requires` fields of an `_entities` call come from whoever calls). It goes
 * through the shared service client (service token, correlation ID, timeout,
 * retries, circuit breaker) in the appointment subgraph's own name: working
 * hours and when time off falls are public, so no caller is forwarded.
 * NOT_FOUND for an unknown doctor; SUBGRAPH_UNAVAILABLE when provider cannot answer.
 */
export async function fetchDoctorSchedule(doctorId: string, ctx: ServiceCallContext): Promise<DoctorSchedule> {
  let data: { doctor: unknown };
  try {
    data = await ctx.services.request<{ doctor: unknown }>('provider', {
      query: QUERY,
      variables: { id: doctorId },
      correlationId: ctx.correlationId,
    });
  } catch (error) {
    if (error instanceof ServiceGraphQLError && error.errors[0]?.extensions?.code === 'NOT_FOUND') throw new NotFoundError('Doctor', doctorId);
    throw new ProviderUnavailableError(error instanceof Error ? error.message : String(error));
  }
  const schedule = DoctorScheduleShape.safeParse(data.doctor);
  if (!schedule.success) throw new ProviderUnavailableError('malformed schedule');
  return schedule.data;
}
