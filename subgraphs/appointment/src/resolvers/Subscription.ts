import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { requireCaller } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { perEventCache } from '@telemed/subgraph-kit/events/per-event-cache';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import { Appointment } from '../appointment/appointment.entity';
import { appointmentScope } from '../appointment/appointment.policy';
import { Consultation } from '../consultation/consultation.entity';
import { assertMayReadConsultation } from '../consultation/consultation.policy';
import type { Context } from '../context';

const consultationAfter = perEventCache<Consultation | null>();
const appointmentAfter = perEventCache<Appointment | null>();

const APPOINTMENT_EVENTS = ['appointment.scheduled', 'appointment.cancelled', 'appointment.rescheduled', 'appointment.completed'] as const;
type AppointmentEvent = EventEnvelope<(typeof APPOINTMENT_EVENTS)[number]>;
type ConsultationEvent = EventEnvelope<'consultation.updated'>;

export const Subscription: SubscriptionResolvers = {
  consultationUpdated: {
    // Authorized once, when the subscription opens: the treating doctor, the patient or an admin.
    subscribe: async (_, { appointmentId }, context) => {
      const id = parseId(appointmentId, 'appointmentId');
      const appointment = await context.loaders.appointmentById.load(id);
      if (!appointment) throw new NotFoundError('Appointment', id);
      assertMayReadConsultation(context.caller, appointment);
      return context.liveEvents(['consultation.updated'], (event) => event.data.appointment_id === id) as AsyncIterableIterator<never>;
    },
    // The consultation as stored after the event, read once for all its subscribers.
    resolve: async (event: ConsultationEvent, _args: unknown, context: Context) => {
      const id = event.data.appointment_id;
      const consultation = await consultationAfter(event.event_id, () => context.em.fork().findOne(Consultation, { appointment: id }));
      if (!consultation) throw new NotFoundError('Consultation of appointment', id);
      return consultation;
    },
  },
  appointmentChanged: {
    // The caller's own appointments: a doctor's, a patient's, all of them for an admin.
    subscribe: (_, _args, context) => {
      const scope = appointmentScope(requireCaller(context.caller));
      if (scope === 'none') throw new ForbiddenError('Only doctors, patients and admins have appointments to follow');
      const column = scope === 'all' ? null : scope.column === 'doctorId' ? 'doctor_id' : 'patient_id';
      const ownId = scope === 'all' ? null : scope.id;
      return context.liveEvents(APPOINTMENT_EVENTS, (event) => column === null || event.data[column] === ownId) as AsyncIterableIterator<never>;
    },
    resolve: async (event: AppointmentEvent, _args: unknown, context: Context) => {
      const id = event.data.appointment_id;
      const appointment = await appointmentAfter(event.event_id, () => context.em.fork().findOne(Appointment, { id }));
      if (!appointment) throw new NotFoundError('Appointment', id);
      return appointment;
    },
  },
};
