import { subgraphUrl } from '@telemed/topology/subgraphs';
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
const TIMEOUT_MS = 3_000;

interface Answer {
  data?: { doctor: unknown } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The one place the appointment subgraph asks provider for a doctor's working
 * hours and time off, for checks a client must not be able to forge (the
 * `@requires` fields of an `_entities` call come from whoever calls). It
 * calls provider's GraphQL endpoint as the caller: their `Authorization`,
 * correlation ID and trace context travel along. NOT_FOUND for an unknown
 * doctor; SUBGRAPH_UNAVAILABLE when provider cannot answer within 3 s.
 * Moving onto the shared service client means replacing this function's body.
 */
export async function fetchDoctorSchedule(doctorId: string, forwardHeaders: Readonly<Record<string, string>>): Promise<DoctorSchedule> {
  let answer: Answer;
  try {
    const response = await fetch(subgraphUrl('provider'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...forwardHeaders },
      body: JSON.stringify({ query: QUERY, variables: { id: doctorId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    answer = (await response.json()) as Answer;
  } catch (error) {
    throw new ProviderUnavailableError(error instanceof Error ? error.message : String(error));
  }
  if (answer.errors?.[0]?.extensions?.code === 'NOT_FOUND') throw new NotFoundError('Doctor', doctorId);
  if (answer.errors?.length || !answer.data?.doctor) {
    throw new ProviderUnavailableError(answer.errors?.[0]?.message ?? 'no doctor in the answer');
  }
  const schedule = DoctorScheduleShape.safeParse(answer.data.doctor);
  if (!schedule.success) throw new ProviderUnavailableError('malformed schedule');
  return schedule.data;
}
