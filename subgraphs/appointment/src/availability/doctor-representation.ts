/**
 * A `Doctor` as this subgraph receives it: its key, plus the provider fields
 * `availableSlots` requires (`workingHours`, `timeOff`) when the gateway
 * fetched them, as raw JSON. Parsed with `DoctorScheduleShape` before use.
 */
export interface DoctorRepresentation {
  readonly id: string;
  readonly workingHours?: unknown;
  readonly timeOff?: unknown;
}
