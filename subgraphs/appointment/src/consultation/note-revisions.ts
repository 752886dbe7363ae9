import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '@telemed/subgraph-kit/errors';
import type { Consultation } from './consultation.entity';
import { NoteRevision, type NoteRevisionKind } from './note-revision.entity';

const SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;

/**
 * Whether notes may be rewritten: while the appointment is in progress; once
 * it is completed, the notes are final and only addenda are taken (CONFLICT
 * on `input.notes`), so a signed-off record can be added to but not changed.
 */
export function assertNotesEditable(status: string): void {
  if (status === 'COMPLETED') {
    throw new ConflictError('The notes of a completed consultation are final; add an addendum instead', { field: 'input.notes', status });
  }
}

export interface NoteChange {
  readonly kind: NoteRevisionKind;
  /** An addendum's text. */
  readonly addendum?: string;
}

/**
 * Writes the next revisions of `consultation`'s notes, in order: each with
 * the notes as they stand now (after the edit), an addendum with its text
 * too. In `em`, the transaction of the change. The caller holds the
 * appointment's row lock, so revisions of one consultation are numbered one
 * writer at a time; the unique (consultation, revision) catches any path
 * that forgets.
 */
export async function recordNoteRevisions(
  em: EntityManager,
  consultation: Consultation,
  changes: readonly NoteChange[],
  by: { readonly authorUserId: string; readonly at: Date },
): Promise<void> {
  if (!changes.length) return;
  const [last] = await em.find(NoteRevision, { consultation: consultation.id }, { orderBy: { revision: 'desc' }, limit: 1 });
  const notes = Object.fromEntries(SECTIONS.map((section) => [section, consultation[section]]));
  changes.forEach((change, i) => {
    em.create(NoteRevision, {
      id: crypto.randomUUID(),
      consultation,
      revision: (last?.revision ?? 0) + 1 + i,
      kind: change.kind,
      ...notes,
      addendum: change.addendum ?? null,
      authorUserId: by.authorUserId,
      // A millisecond apart, so revisions written together read back in order by time too.
      recordedAt: new Date(by.at.getTime() + i),
    });
  });
}

/** Whether applying `notes` changes any section (an edit that changes nothing is not a revision). */
export function changesNotes(consultation: Consultation, notes: Partial<Record<(typeof SECTIONS)[number], string | null | undefined>>): boolean {
  return SECTIONS.some((section) => notes[section] !== undefined && notes[section] !== consultation[section]);
}
