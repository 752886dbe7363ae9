/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  File: '../file/file.entity#StoredFile',
  FileUploadTicket: '../upload/file-upload-ticket#FileUploadTicketModel',
  Appointment: '../appointment/appointment.reference#AppointmentReference',
};
