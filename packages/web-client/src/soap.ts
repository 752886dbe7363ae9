/** The sections of a SOAP note in reading order, as the API names them (doctor's form, patient's record). */
export const SOAP_SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const;

export type SoapSection = (typeof SOAP_SECTIONS)[number];

/** A section's heading: `subjective` → `Subjective`. */
export function soapLabel(section: SoapSection): string {
  return section[0]!.toUpperCase() + section.slice(1);
}
