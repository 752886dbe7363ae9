import { defineConsumer, type EventContext } from '@telemed/subgraph-kit/events/consumer-definition';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { endCareBasis, recordCareBasis } from './care-relationships';

/**
 * Who is on a patient's care team, from appointment's events
 * (docs/trust-chain.md, "Care relationships"): a booking puts the doctor on
 * it for good once the appointment takes place; a cancellation before it
 * took place takes that booking away; a freed slot offered to a waiting
 * patient lets the doctor read them until the offer expires.
 */
async function booked(event: EventEnvelope<'appointment.scheduled'>, { em }: EventContext): Promise<void> {
  const { appointment_id: id, doctor_id: doctorId, patient_id: patientId } = event.data;
  await recordCareBasis(em, { id, kind: 'APPOINTMENT', pair: { doctorId, patientId }, since: new Date(event.timestamp), endsAt: null });
}

async function cancelled(event: EventEnvelope<'appointment.cancelled'>, { em }: EventContext): Promise<void> {
  const { appointment_id: id, doctor_id: doctorId, patient_id: patientId } = event.data;
  await endCareBasis(em, { id, kind: 'APPOINTMENT', pair: { doctorId, patientId }, at: new Date(event.data.cancelled_at) });
}

async function offered(event: EventEnvelope<'waitlist.offered'>, { em }: EventContext): Promise<void> {
  const { waitlist_entry_id: id, doctor_id: doctorId, patient_id: patientId, expires_at: expiresAt } = event.data;
  await recordCareBasis(em, { id, kind: 'WAITLIST_OFFER', pair: { doctorId, patientId }, since: new Date(event.timestamp), endsAt: new Date(expiresAt) });
}

export const careTeam = defineConsumer({
  name: 'identity-care-team',
  on: {
    'appointment.scheduled': booked,
    'appointment.cancelled': cancelled,
    'waitlist.offered': offered,
  },
});
