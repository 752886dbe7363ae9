import { z } from 'zod';
import { ServiceGraphQLError } from '@telemed/service-client/errors';
import type { ServiceClient } from '@telemed/service-client/service-client';

const QUERY = /* GraphQL */ `
  query DoctorFee($id: ID!) {
    doctor(id: $id) {
      feeCents
      currency
    }
  }
`;

const FeeShape = z.object({ feeCents: z.int().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) });

export type DoctorFee = z.infer<typeof FeeShape>;

/**
 * A doctor's consultation fee as provider publishes it, asked in payment's own
 * name (fees are public); null for a doctor provider does not know. Throws
 * when provider cannot answer: the consumer that asks is retried, so the
 * payment is requested once provider is back.
 */
export async function fetchDoctorFee(services: ServiceClient, doctorId: string, correlationId: string): Promise<DoctorFee | null> {
  try {
    const data = await services.request<{ doctor: unknown }>('provider', {
      query: QUERY,
      variables: { id: doctorId },
      correlationId,
      idempotent: true,
    });
    return FeeShape.parse(data.doctor);
  } catch (error) {
    if (error instanceof ServiceGraphQLError && error.errors[0]?.extensions?.code === 'NOT_FOUND') return null;
    throw error;
  }
}
