import { defineConsumer, type EventContext } from '@telemed/subgraph-kit/events/consumer-definition';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { recordCareRelationship } from './care-relationships';

type CareEvent = EventEnvelope<'appointment.scheduled' | 'waitlist.offered'>;

/**
 * A booking, or a freed slot offered to a waiting patient, puts the doctor on
 * the patient's care team. Relationships are never removed by a cancellation:
 * the doctor may still need the name on their past schedule.
 */
async function record(event: CareEvent, { em }: EventContext): Promise<void> {
  await recordCareRelationship(em, { doctorId: event.data.doctor_id, patientId: event.data.patient_id }, new Date(event.timestamp));
}

export const careTeam = defineConsumer({
  name: 'identity-care-team',
  on: {
    'appointment.scheduled': record,
    'waitlist.offered': record,
  },
});
