/**
 * An appointment as storage knows it: its key, and its doctor when the
 * gateway brought it along (`@requires` on `Appointment.attachments`).
 */
export interface AppointmentReference {
  readonly id: string;
  readonly doctor?: { readonly id: string } | null;
}
