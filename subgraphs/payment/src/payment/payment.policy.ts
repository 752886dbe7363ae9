import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import { isAdmin } from '@telemed/subgraph-kit/authorization';
import type { Caller } from '@telemed/subgraph-kit/context';
import type { Context } from '../context';
import type { Invoice } from '../invoice/invoice.entity';
import type { Payment } from './payment.entity';
import type { Refund } from './refund.entity';

const paysFor = (caller: Caller | null, patientId: string) =>
  isAdmin(caller) || (caller?.patientId != null && caller.patientId === patientId);

/**
 * Who sees which billing records, on every path (`Query.payment`,
 * `Appointment.payment`, `Appointment.invoice`, `Payment.refund`, the
 * mutations' answers, `_entities`): the patient who pays and admins. Doctors
 * do not see billing. Who may move money is in the SDL (`@requiresScopes`
 * on the mutations: admins only).
 */
export const paymentPolicies = {
  Payment: definePolicy<Payment, Context>({
    canRead: (payment, { caller }) => paysFor(caller, payment.patientId),
  }),
  Invoice: definePolicy<Invoice, Context>({
    canRead: (invoice, { caller }) => paysFor(caller, invoice.patientId),
  }),
  Refund: definePolicy<Refund, Context>({
    canRead: async (refund, { caller, loaders }) =>
      isAdmin(caller) ||
      (caller?.patientId != null && (await loaders.paymentById.load(refund.paymentId))?.patientId === caller.patientId),
  }),
};
