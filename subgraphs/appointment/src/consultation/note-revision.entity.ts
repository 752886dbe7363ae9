import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Consultation } from './consultation.entity';

/** An edit of the SOAP notes (while the consultation is open), or an addendum after it was completed. */
export type NoteRevisionKind = 'EDIT' | 'ADDENDUM';

/**
 * One version of a consultation's notes, append-only: every change writes a
 * row, in the transaction of the change, with the whole SOAP notes as they
 * stood after it, so no earlier wording is ever lost. An addendum leaves the
 * notes as they were and adds its own text.
 */
export class NoteRevision {
  id!: string;
  consultation!: Ref<Consultation>;
  /** 1, 2, ... per consultation; unique, so two concurrent edits cannot both be revision n. */
  revision!: number;
  kind!: NoteRevisionKind;
  subjective: string | null = null;
  objective: string | null = null;
  assessment: string | null = null;
  plan: string | null = null;
  /** An addendum's text; null for an edit. */
  addendum: string | null = null;
  /** Identity's `User.id` of the author; null for notes recorded before revisions were kept. */
  authorUserId: string | null = null;
  recordedAt: Date = new Date();
}

export const NoteRevisionSchema = new EntitySchema<NoteRevision>({
  class: NoteRevision,
  tableName: 'consultation_note_revision',
  uniques: [{ properties: ['consultation', 'revision'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    consultation: { kind: 'm:1', entity: () => Consultation, ref: true, deleteRule: 'cascade' },
    revision: { type: 'integer' },
    kind: { type: 'string', length: 16 },
    subjective: { type: 'text', nullable: true },
    objective: { type: 'text', nullable: true },
    assessment: { type: 'text', nullable: true },
    plan: { type: 'text', nullable: true },
    addendum: { type: 'text', nullable: true },
    authorUserId: { type: 'uuid', nullable: true },
    recordedAt: { type: 'datetime' },
  },
});
