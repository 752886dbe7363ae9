/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Appointment: '../appointment/appointment.entity#Appointment as AppointmentModel',
  AppointmentTransition: '../appointment/appointment-transition.entity#AppointmentTransition as AppointmentTransitionModel',
  Consultation: '../consultation/consultation.entity#Consultation as ConsultationModel',
  VitalSigns: '../consultation/vital-signs.entity#VitalSigns as VitalSignsModel',
  NoteRevision: '../consultation/note-revision.entity#NoteRevision as NoteRevisionModel',
  Prescription: '../consultation/prescription.entity#Prescription as PrescriptionModel',
  Referral: '../consultation/referral.entity#Referral as ReferralModel',
  WaitlistEntry: '../waitlist/waitlist-entry.entity#WaitlistEntry as WaitlistEntryModel',
  TimeSlot: '../availability/schedule#Interval as IntervalModel',
  Doctor: '../availability/doctor-representation#DoctorRepresentation',
  Patient: '@telemed/subgraph-kit/references#EntityReference',
};
