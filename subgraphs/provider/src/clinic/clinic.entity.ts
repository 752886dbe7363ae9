import { EntitySchema } from '@mikro-orm/core';

export class Clinic {
  id!: string;
  name!: string;
  city!: string;
  createdAt: Date = new Date();
}

export const ClinicSchema = new EntitySchema<Clinic>({
  class: Clinic,
  tableName: 'clinic',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    city: { type: 'string', length: 120 },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
