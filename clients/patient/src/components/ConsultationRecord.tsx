import { SOAP_SECTIONS, soapLabel } from '@telemed/web-client/soap';
import { graphql } from '../__generated__';
import type { ConsultationRecord_ConsultationFragment } from '../__generated__/graphql';

export const ConsultationRecord_consultation = graphql(`
  fragment ConsultationRecord_consultation on Consultation {
    id
    updatedAt
    notes {
      subjective
      objective
      assessment
      plan
    }
    vitals {
      id
      recordedAt
      systolicMmHg
      diastolicMmHg
      heartRateBpm
      temperatureCelsius
      oxygenSaturationPercent
    }
    prescriptions {
      id
      drug
      doseAmount
      doseUnit
      route
      frequency
      durationDays
      instructions
    }
  }
`);

/** What the doctor has documented: vitals, notes and prescriptions, as they are recorded. */
export function ConsultationRecord({
  consultation,
}: {
  readonly consultation: ConsultationRecord_ConsultationFragment;
}) {
  const notes = SOAP_SECTIONS.filter((s) => consultation.notes[s]);
  return (
    <>
      <section className="card">
        <h3>Vitals</h3>
        {consultation.vitals.length === 0 ? (
          <p className="muted">No vitals recorded yet.</p>
        ) : (
          <ul data-testid="vitals">
            {consultation.vitals.map((v) => (
              <li key={v.id}>
                {new Date(v.recordedAt).toLocaleTimeString()}:{' '}
                {[
                  v.systolicMmHg != null &&
                    v.diastolicMmHg != null &&
                    `blood pressure ${v.systolicMmHg}/${v.diastolicMmHg} mmHg`,
                  v.heartRateBpm != null && `heart rate ${v.heartRateBpm} bpm`,
                  v.temperatureCelsius != null && `temperature ${v.temperatureCelsius} °C`,
                  v.oxygenSaturationPercent != null && `SpO₂ ${v.oxygenSaturationPercent} %`,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h3>Notes</h3>
        {notes.length === 0 ? (
          <p className="muted">No notes yet.</p>
        ) : (
          <dl data-testid="notes">
            {notes.map((s) => (
              <div key={s}>
                <dt>{soapLabel(s)}</dt>
                <dd>{consultation.notes[s]}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="card">
        <h3>Prescriptions</h3>
        {consultation.prescriptions.length === 0 ? (
          <p className="muted">No prescriptions.</p>
        ) : (
          <ul data-testid="prescriptions">
            {consultation.prescriptions.map((p) => (
              <li key={p.id}>
                <strong>{p.drug}</strong> {p.doseAmount} {p.doseUnit.toLowerCase()}, {p.route.toLowerCase()},{' '}
                {p.frequency.toLowerCase().replace(/_/g, ' ')}, {p.durationDays} days
                {p.instructions && <> ({p.instructions})</>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
