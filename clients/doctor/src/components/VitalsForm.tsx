import { useMutation } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import { VITAL_FIELDS, vitalsFrom, type VitalFieldName } from './vitals-input';

const RecordVitals = graphql(`
  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {
    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {
      id
      ...VitalsTable_consultation
    }
  }
`);

/** A new reading; the text is checked before it is sent (`vitalsFrom`), the ranges by the API. */
export function VitalsForm({ appointmentId }: { readonly appointmentId: string }) {
  const [values, setValues] = useState<Partial<Record<VitalFieldName, string>>>({});
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [record, { loading, error }] = useMutation(RecordVitals);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = vitalsFrom(values);
    if ('problems' in parsed) return setProblems(parsed.problems);
    setProblems([]);
    // The result carries the consultation's vitals, which updates this screen through the cache.
    await record({ variables: { appointmentId, vitals: parsed.vitals } });
    setValues({});
  }

  return (
    <form
      className="grid-form"
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      aria-label="Record vitals"
    >
      {VITAL_FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          <input
            name={field.name}
            inputMode="decimal"
            value={values[field.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
          />
        </label>
      ))}
      <button type="submit" disabled={loading}>
        Record vitals
      </button>
      {problems.length > 0 && (
        <div role="alert" className="error-banner">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <ErrorBanner error={error} />
    </form>
  );
}
