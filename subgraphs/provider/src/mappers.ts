/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Doctor: '../doctor/doctor.entity#Doctor as DoctorModel',
  Clinic: '../clinic/clinic.entity#Clinic as ClinicModel',
  WorkingHours: '../schedule/working-hours.entity#WorkingHours as WorkingHoursModel',
  TimeOff: '../schedule/time-off.entity#TimeOff as TimeOffModel',
  Review: '../review/review.entity#Review as ReviewModel',
};
