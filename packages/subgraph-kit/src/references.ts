/**
 * An entity another subgraph owns, as this subgraph knows it: by key only.
 * Used as the codegen model of such types (`Doctor` in the appointment
 * subgraph); the gateway fetches the other fields from the owner.
 */
export interface EntityReference {
  readonly id: string;
}
