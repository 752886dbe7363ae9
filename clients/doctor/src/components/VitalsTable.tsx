import { graphql } from '../__generated__';
import type { VitalsTable_ConsultationFragment } from '../__generated__/graphql';

export const VitalsTable_consultation = graphql(`
  fragment VitalsTable_consultation on Consultation {
    id
    vitals {
      id
      recordedAt
      systolicMmHg
      diastolicMmHg
      heartRateBpm
      temperatureCelsius
      oxygenSaturationPercent
    }
  }
`);

/** Readings recorded so far, newest first (as the API orders them). */
export function VitalsTable({ consultation }: { readonly consultation: VitalsTable_ConsultationFragment }) {
  if (consultation.vitals.length === 0) return <p className="muted">No vitals recorded yet.</p>;
  return (
    <table data-testid="vitals">
      <thead>
        <tr>
          <th>Recorded</th>
          <th>Blood pressure</th>
          <th>Heart rate</th>
          <th>Temperature</th>
          <th>SpO₂</th>
        </tr>
      </thead>
      <tbody>
        {consultation.vitals.map((v) => (
          <tr key={v.id}>
            <td>{new Date(v.recordedAt).toLocaleTimeString()}</td>
            <td>
              {v.systolicMmHg != null && v.diastolicMmHg != null
                ? `${v.systolicMmHg}/${v.diastolicMmHg} mmHg`
                : '—'}
            </td>
            <td>{v.heartRateBpm != null ? `${v.heartRateBpm} bpm` : '—'}</td>
            <td>{v.temperatureCelsius != null ? `${v.temperatureCelsius} °C` : '—'}</td>
            <td>{v.oxygenSaturationPercent != null ? `${v.oxygenSaturationPercent} %` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
