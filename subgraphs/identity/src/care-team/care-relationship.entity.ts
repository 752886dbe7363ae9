import { EntitySchema } from '@mikro-orm/core';

/**
 * A doctor who has treated, or is booked to treat, a patient: identity's copy
 * of what appointment knows, kept from appointment and waitlist events. It
 * decides which patients a doctor may read (`patient.policy.ts`).
 */
export class CareRelationship {
  doctorId!: string;
  patientId!: string;
  /** When the first appointment or offer between them was recorded. */
  since!: Date;
}

export const CareRelationshipSchema = new EntitySchema<CareRelationship>({
  class: CareRelationship,
  tableName: 'care_relationship',
  properties: {
    doctorId: { type: 'uuid', primary: true },
    patientId: { type: 'uuid', primary: true },
    since: { type: 'datetime' },
  },
});
