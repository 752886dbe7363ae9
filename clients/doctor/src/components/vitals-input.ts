import type { VitalSignsInput } from '../__generated__/graphql';

/** The vitals the form asks for: field name, label, and whether the API takes an Int or a Float. */
export const VITAL_FIELDS = [
  { name: 'systolicMmHg', label: 'Systolic (mmHg)', integer: true },
  { name: 'diastolicMmHg', label: 'Diastolic (mmHg)', integer: true },
  { name: 'heartRateBpm', label: 'Heart rate (bpm)', integer: true },
  { name: 'temperatureCelsius', label: 'Temperature (°C)', integer: false },
  { name: 'oxygenSaturationPercent', label: 'SpO₂ (%)', integer: true },
] as const satisfies readonly { name: keyof VitalSignsInput; label: string; integer: boolean }[];

export type VitalFieldName = (typeof VITAL_FIELDS)[number]['name'];

/**
 * The form's text as a `VitalSignsInput`, or what is wrong with it. Empty
 * fields are left out (the API wants at least one and checks the ranges).
 * Text that is not a number is refused here: `parseInt` would turn "12.7"
 * into 12 and "abc" into NaN, which JSON sends as null, so a typo would be
 * recorded as a different reading or silently dropped. A decimal comma is
 * read as a point.
 */
export function vitalsFrom(
  values: Partial<Record<VitalFieldName, string>>,
): { readonly vitals: VitalSignsInput } | { readonly problems: readonly string[] } {
  const vitals: VitalSignsInput = {};
  const problems: string[] = [];
  for (const field of VITAL_FIELDS) {
    const raw = values[field.name]?.trim().replace(',', '.');
    if (!raw) continue;
    const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isNaN(value) || (field.integer && !Number.isInteger(value)))
      problems.push(
        `${field.label}: "${values[field.name]}" is not ${field.integer ? 'a whole number' : 'a number'}`,
      );
    else vitals[field.name] = value;
  }
  if (problems.length) return { problems };
  if (Object.keys(vitals).length === 0) return { problems: ['Enter at least one reading'] };
  return { vitals };
}
