import type { MutationResolvers } from '../__generated__/resolvers-types';
import { bookAppointment, changeAppointment } from '../appointment/appointment.service';
import { documentConsultation, updateReferralStatus } from '../consultation/consultation.service';
import { claimWaitlistOffer, joinWaitlist, leaveWaitlist } from '../waitlist/waitlist.service';

// Thin: each command lives in its domain's service, inside one transaction.
export const Mutation: MutationResolvers = {
  bookAppointment: (_, { input }, ctx) => bookAppointment(ctx, input),
  rescheduleAppointment: (_, { id, input }, ctx) => changeAppointment(ctx, id, 'RESCHEDULE', { reschedule: input }),
  cancelAppointment: (_, { id, reason }, ctx) => changeAppointment(ctx, id, 'CANCEL', { note: reason }),
  checkInAppointment: (_, { id }, ctx) => changeAppointment(ctx, id, 'CHECK_IN'),
  startAppointment: (_, { id }, ctx) => changeAppointment(ctx, id, 'START'),
  completeAppointment: (_, { id }, ctx) => changeAppointment(ctx, id, 'COMPLETE'),
  markAppointmentNoShow: (_, { id }, ctx) => changeAppointment(ctx, id, 'MARK_NO_SHOW'),
  joinWaitlist: (_, { input }, ctx) => joinWaitlist(ctx, input),
  leaveWaitlist: (_, { id }, ctx) => leaveWaitlist(ctx, id),
  claimWaitlistOffer: (_, { id }, ctx) => claimWaitlistOffer(ctx, id),
  documentConsultation: async (_, { appointmentId, input }, ctx) => (await documentConsultation(ctx, appointmentId, input)).consultation,
  scheduleFollowUp: async (_, { appointmentId, input }, ctx) => (await documentConsultation(ctx, appointmentId, { followUp: input })).followUp!,
  updateReferralStatus: (_, { id, status }, ctx) => updateReferralStatus(ctx, id, status),
};
