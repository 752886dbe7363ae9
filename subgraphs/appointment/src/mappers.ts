/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Appointment: '../appointment/appointment.entity#Appointment as AppointmentModel',
  Doctor: '@telemed/subgraph-kit/references#EntityReference',
  Patient: '@telemed/subgraph-kit/references#EntityReference',
};
