/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  File: '../file/file.entity#StoredFile',
  Appointment: '../appointment/appointment.reference#AppointmentReference',
};
