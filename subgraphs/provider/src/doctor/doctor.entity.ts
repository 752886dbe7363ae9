import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Clinic } from '../clinic/clinic.entity';

export class Doctor {
  id!: string;
  /** The identity `User` this doctor signs in as. */
  userId!: string;
  name!: string;
  specialty!: string;
  languages: string[] = [];
  bio = '';
  feeCents!: number;
  currency = 'USD';
  clinic!: Ref<Clinic>;
  createdAt: Date = new Date();
}

export const DoctorSchema = new EntitySchema<Doctor>({
  class: Doctor,
  tableName: 'doctor',
  indexes: [{ properties: ['name', 'id'] }, { properties: ['specialty', 'name', 'id'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid', unique: true },
    name: { type: 'string', length: 200 },
    specialty: { type: 'string', length: 120 },
    languages: { type: 'string[]' },
    bio: { type: 'text' },
    feeCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    clinic: { kind: 'm:1', entity: () => Clinic, ref: true, index: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
