import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import { isAdmin } from '@telemed/subgraph-kit/authorization';
import type { Context } from '../context';
import type { Payment } from './payment.entity';

/**
 * Who sees which payments, on every path (`Query.payment`,
 * `Appointment.payment`, `_entities`): the patient who pays and admins.
 * Doctors do not see billing.
 */
export const paymentPolicies = {
  Payment: definePolicy<Payment, Context>({
    canRead: (payment, { caller }) => isAdmin(caller) || (caller?.patientId != null && caller.patientId === payment.patientId),
  }),
};
