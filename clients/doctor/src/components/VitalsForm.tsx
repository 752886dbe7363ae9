import { useMutation } from '@apollo/client/react';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__';
import type { VitalSignsInput } from '../__generated__/graphql';

const RecordVitals = graphql(`
  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {
    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {
      id
      ...VitalsTable_consultation
    }
  }
`);

const FIELDS = [
  { name: 'systolicMmHg', label: 'Systolic (mmHg)', integer: true },
  { name: 'diastolicMmHg', label: 'Diastolic (mmHg)', integer: true },
  { name: 'heartRateBpm', label: 'Heart rate (bpm)', integer: true },
  { name: 'temperatureCelsius', label: 'Temperature (°C)', integer: false },
  { name: 'oxygenSaturationPercent', label: 'SpO₂ (%)', integer: true },
] as const satisfies readonly { name: keyof VitalSignsInput; label: string; integer: boolean }[];

type FieldName = (typeof FIELDS)[number]['name'];

/** A new reading; empty fields are left out (the API wants at least one, and checks ranges). */
export function VitalsForm({ appointmentId }: { readonly appointmentId: string }) {
  const [values, setValues] = useState<Partial<Record<FieldName, string>>>({});
  const [record, { loading, error }] = useMutation(RecordVitals);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const vitals: VitalSignsInput = {};
    for (const field of FIELDS) {
      const raw = values[field.name]?.trim();
      if (raw) vitals[field.name] = field.integer ? Number.parseInt(raw, 10) : Number.parseFloat(raw);
    }
    // The result carries the consultation's vitals, which updates this screen through the cache.
    await record({ variables: { appointmentId, vitals } });
    setValues({});
  }

  return (
    <form
      className="grid-form"
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      aria-label="Record vitals"
    >
      {FIELDS.map((field) => (
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
      <ErrorBanner error={error} />
    </form>
  );
}
