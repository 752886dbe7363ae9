import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { ConsultationResolvers } from '../__generated__/resolvers-types';
import type { Loaders } from '../loaders';
import type { Consultation as ConsultationModel } from '../consultation/consultation.entity';

async function appointmentOf(consultation: ConsultationModel, loaders: Loaders) {
  const appointment = await loaders.appointmentById.load(consultation.appointment.id);
  if (!appointment) throw new NotFoundError('Appointment', consultation.appointment.id);
  return appointment;
}

export const Consultation: ConsultationResolvers = {
  // PHI: the kit applies consultationPolicies (FORBIDDEN, audited) to what this returns.
  __resolveReference: ({ id }, { loaders }) => loaders.consultationById.load(id),
  appointment: (consultation, _, { loaders }) => appointmentOf(consultation, loaders),
  notes: ({ subjective, objective, assessment, plan }) => ({ subjective, objective, assessment, plan }),
  vitals: (consultation, _, { loaders }) => loaders.vitalsByConsultation.load(consultation.id),
  prescriptions: (consultation, _, { loaders }) => loaders.prescriptionsByConsultation.load(consultation.id),
  referrals: (consultation, _, { loaders }) => loaders.referralsByConsultation.load(consultation.id),
  followUps: (consultation, _, { loaders }) => loaders.followUpsByAppointment.load(consultation.appointment.id),
  noteRevisions: (consultation, _, { loaders }) => loaders.noteRevisionsByConsultation.load(consultation.id),
};
