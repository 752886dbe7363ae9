/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Doctor: '../doctor/doctor.entity#Doctor as DoctorModel',
  Clinic: '../clinic/clinic.entity#Clinic as ClinicModel',
};
