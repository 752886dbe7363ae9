import { EntitySchema } from '@mikro-orm/core';

/** What puts a doctor on a patient's care team. */
export type CareBasis = 'APPOINTMENT' | 'WAITLIST_OFFER' | 'LEGACY';

/**
 * One basis of a doctor's care for a patient: an appointment between them, or
 * a freed slot offered to the patient; identity's copy of what appointment
 * knows, kept from its events. A doctor may read a patient while any basis
 * of the pair is live (`endedAt` null or in the future; `patient.policy.ts`):
 * an appointment cancelled before it took place ends its basis, an offer ends
 * when it expires; an appointment that took place never ends.
 */
export class CareRelationship {
  /** The appointment or waitlist entry this basis stands on (LEGACY: a generated id). */
  basisId!: string;
  basis!: CareBasis;
  doctorId!: string;
  patientId!: string;
  /** When the appointment or offer was recorded. */
  since!: Date;
  /** When this basis stopped granting access; null while it lasts. */
  endedAt!: Date | null;
}

export const CareRelationshipSchema = new EntitySchema<CareRelationship>({
  class: CareRelationship,
  tableName: 'care_relationship',
  indexes: [{ name: 'care_relationship_pair_index', properties: ['doctorId', 'patientId'] }],
  properties: {
    basisId: { type: 'uuid', primary: true },
    basis: { type: 'string', length: 16 },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    since: { type: 'datetime' },
    endedAt: { type: 'datetime', nullable: true },
  },
});
