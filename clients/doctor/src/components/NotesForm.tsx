import { useMutation } from '@apollo/client/react';
import { SOAP_SECTIONS, soapLabel } from '@telemed/web-client/soap';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { NotesForm_ConsultationFragment, SoapNotesInput } from '../__generated__/graphql';

export const NotesForm_consultation = graphql(`
  fragment NotesForm_consultation on Consultation {
    id
    notes {
      subjective
      objective
      assessment
      plan
    }
  }
`);

const SaveNotes = graphql(`
  mutation SaveNotes($appointmentId: ID!, $notes: SoapNotesInput!) {
    documentConsultation(appointmentId: $appointmentId, input: { notes: $notes }) {
      id
      ...NotesForm_consultation
    }
  }
`);

// The shared list, checked against this app's generated input type.
const SECTIONS = SOAP_SECTIONS satisfies readonly (keyof SoapNotesInput)[];

/** SOAP notes, starting from what is stored; saving sends only the sections that changed. */
export function NotesForm({
  appointmentId,
  consultation,
}: {
  readonly appointmentId: string;
  readonly consultation: NotesForm_ConsultationFragment;
}) {
  const [drafts, setDrafts] = useState<Partial<Record<(typeof SECTIONS)[number], string>>>({});
  const [save, { loading, error }] = useMutation(SaveNotes);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const notes: SoapNotesInput = {};
    for (const section of SECTIONS) {
      const draft = drafts[section];
      if (draft !== undefined && draft !== (consultation.notes[section] ?? '')) notes[section] = draft;
    }
    if (Object.keys(notes).length === 0) return;
    await save({ variables: { appointmentId, notes } });
    setDrafts({});
  }

  return (
    <form
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      aria-label="SOAP notes"
      className="grid-form"
    >
      {SECTIONS.map((section) => (
        <label key={section}>
          {soapLabel(section)}
          <textarea
            name={section}
            rows={3}
            value={drafts[section] ?? consultation.notes[section] ?? ''}
            onChange={(e) => setDrafts((d) => ({ ...d, [section]: e.target.value }))}
          />
        </label>
      ))}
      <button type="submit" disabled={loading}>
        Save notes
      </button>
      <ErrorBanner error={error} />
    </form>
  );
}
