/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-23T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** A file sent in a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
  Upload: { input: File; output: File; }
};

/** The role someone acted in. */
export type ActorRole =
  | 'ADMIN'
  | 'DOCTOR'
  | 'PATIENT';

/** A partner API key's allowance; both at least 1, perDay at least perMinute. */
export type ApiKeyQuotaInput = {
  /** Requests per UTC day, 1 to 10,000,000. */
  perDay: Scalars['Int']['input'];
  /** Requests per clock minute, 1 to 10,000. */
  perMinute: Scalars['Int']['input'];
};

/** What changed an appointment. */
export type AppointmentAction =
  | 'BOOK'
  | 'CANCEL'
  | 'CHECK_IN'
  | 'COMPLETE'
  | 'MARK_NO_SHOW'
  | 'RESCHEDULE'
  | 'START';

/** Which appointments `Query.appointmentSearch` returns; every given criterion must match. */
export type AppointmentFilter = {
  /** Appointments of this doctor. Doctors may only ask for their own (their own when omitted). */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Starting at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Appointments of this patient. Patients may only ask for their own (their own when omitted). */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<AppointmentStatus>>;
  /** Starting before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Where an appointment is in its lifecycle. SCHEDULED → CHECKED_IN → IN_PROGRESS
 * → COMPLETED; SCHEDULED or CHECKED_IN → CANCELLED or NO_SHOW. See docs/consultation-lifecycle.md.
 */
export type AppointmentStatus =
  /** Called off; the slot is free again. */
  | 'CANCELLED'
  /** The patient has arrived (joined the waiting room). */
  | 'CHECKED_IN'
  /** The consultation took place. */
  | 'COMPLETED'
  /** The doctor has started the consultation. */
  | 'IN_PROGRESS'
  /** The patient did not come; the doctor or an admin said so after the start time. */
  | 'NO_SHOW'
  /** Booked and ahead. */
  | 'SCHEDULED';

/** What an audit entry records. */
export type AuditAction =
  /** An API key was created. */
  | 'API_KEY_CREATED'
  /** An API key was revoked. */
  | 'API_KEY_REVOKED'
  /** Clinical data was created. */
  | 'CREATE'
  /** Clinical data was deleted. */
  | 'DELETE'
  /** The new email address was confirmed; the account signs in with it. */
  | 'EMAIL_CHANGED'
  /** A signed-in user asked to move their account to another email address. */
  | 'EMAIL_CHANGE_REQUESTED'
  /** An email address was verified. */
  | 'EMAIL_VERIFIED'
  /** A signed-in user changed their password. */
  | 'PASSWORD_CHANGED'
  /** A password was reset. */
  | 'PASSWORD_RESET'
  /** Clinical data was read. */
  | 'READ'
  /** A used refresh token was presented again; its session family was revoked. */
  | 'REFRESH_TOKEN_REUSE'
  /** An account was registered. */
  | 'REGISTER'
  /** A user signed in. */
  | 'SIGN_IN'
  /** A sign-in failed (wrong password or second factor). */
  | 'SIGN_IN_FAILED'
  /** A user signed out. */
  | 'SIGN_OUT'
  /** Two-factor authentication was disabled. */
  | 'TWO_FACTOR_DISABLED'
  /** Two-factor authentication was enabled. */
  | 'TWO_FACTOR_ENABLED'
  /** Clinical data was changed. */
  | 'UPDATE';

/** Narrows `auditLog`; every field given must match. */
export type AuditLogFilter = {
  action?: InputMaybe<AuditAction>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  correlationId?: InputMaybe<Scalars['String']['input']>;
  /** Entries that touched this record. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Entries at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new appointment. */
export type BookAppointmentInput = {
  doctorId: Scalars['ID']['input'];
  /** 10 to 120 minutes; 30 when omitted. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Who the appointment is for. Patients book for themselves (omit it, or give their own id); admins must give it. */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, in the patient's words (at most 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** In the future, at most 180 days ahead, inside one of the doctor's working-hours blocks and outside time off. */
  startsAt: Scalars['DateTime']['input'];
};

/**
 * Documentation to add to a consultation, saved all or nothing: notes replace
 * the given sections, vitals are appended as a new reading, prescriptions and
 * referrals are added, and a follow-up is booked.
 */
export type ConsultationInput = {
  /** Text added to the notes, kept as a revision of its own; the only way to add to a completed consultation's notes. */
  addendum?: InputMaybe<Scalars['String']['input']>;
  followUp?: InputMaybe<FollowUpInput>;
  /**
   * Rewrites the given sections while the appointment is in progress (each
   * change kept as a revision); CONFLICT (field `input.notes`) once it is completed.
   */
  notes?: InputMaybe<SoapNotesInput>;
  prescriptions?: InputMaybe<Array<PrescriptionInput>>;
  referrals?: InputMaybe<Array<ReferralInput>>;
  vitals?: InputMaybe<VitalSignsInput>;
};

/** A day of the week, Monday first (ISO 8601). */
export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** What to look for in `Query.doctorSearch`; every given criterion must match. */
export type DoctorSearchFilter = {
  /** Only doctors of this clinic. */
  clinicId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 639-1 code of a language the doctor consults in, e.g. "es". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Specialty, e.g. "Cardiology" (case-insensitive, whole name). */
  specialty?: InputMaybe<Scalars['String']['input']>;
  /** Free text: every word must appear in the doctor's name, specialty or bio (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How often a dose is taken. */
export type DoseFrequency =
  | 'AS_NEEDED'
  | 'AT_BEDTIME'
  | 'EVERY_4_HOURS'
  | 'EVERY_6_HOURS'
  | 'EVERY_8_HOURS'
  | 'FOUR_TIMES_DAILY'
  | 'ONCE'
  | 'ONCE_DAILY'
  | 'THREE_TIMES_DAILY'
  | 'TWICE_DAILY'
  | 'WEEKLY';

/** The unit of a prescription's dose. */
export type DoseUnit =
  | 'CAPSULE'
  | 'DROP'
  | 'G'
  | 'IU'
  | 'MCG'
  | 'MG'
  | 'ML'
  | 'PATCH'
  | 'PUFF'
  | 'TABLET';

/** Where a file is in its upload. */
export type FileStatus =
  /** An upload link was issued; no bytes yet. */
  | 'PENDING'
  /** Stored; it can be downloaded. */
  | 'READY'
  /** Bytes are arriving on the upload link. */
  | 'UPLOADING';

/** A follow-up appointment with the same doctor and patient (booked through the same rules as `bookAppointment`). */
export type FollowUpInput = {
  /** 10 to 120 minutes; 30 when omitted. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Shown to the patient as the appointment's reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

/** Whether an invoice still waits for money. */
export type InvoiceStatus =
  /** Issued and not paid yet. */
  | 'OPEN'
  /** Settled by a captured payment. */
  | 'PAID';

/** A place on a doctor's waitlist. */
export type JoinWaitlistInput = {
  doctorId: Scalars['ID']['input'];
  /** Earliest start the patient accepts; now when omitted. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latest start the patient accepts (exclusive); after `from`, at most 60 days ahead. */
  to: Scalars['DateTime']['input'];
};

/** How a drug is taken. */
export type MedicationRoute =
  | 'INHALED'
  | 'INTRAMUSCULAR'
  | 'INTRAVENOUS'
  | 'NASAL'
  | 'OPHTHALMIC'
  | 'ORAL'
  | 'OTIC'
  | 'RECTAL'
  | 'SUBCUTANEOUS'
  | 'SUBLINGUAL'
  | 'TOPICAL'
  | 'TRANSDERMAL';

/** How a version of the notes came about. */
export type NoteRevisionKind =
  /** Text added after the consultation was completed; the notes themselves are final. */
  | 'ADDENDUM'
  /** The notes were written or rewritten while the consultation was open. */
  | 'EDIT';

/** What a notification is about. */
export type NotificationKind =
  /** An appointment was cancelled. */
  | 'APPOINTMENT_CANCELLED'
  /** A booking was confirmed. */
  | 'APPOINTMENT_CONFIRMED'
  /** An appointment is 24 hours away. */
  | 'APPOINTMENT_REMINDER'
  /** An appointment moved to another time. */
  | 'APPOINTMENT_RESCHEDULED'
  /** A payment was captured. */
  | 'PAYMENT_RECEIPT'
  /** A payment was refunded. */
  | 'PAYMENT_REFUNDED';

/**
 * Where a payment stands. PENDING becomes COMPLETED (captured) or FAILED;
 * COMPLETED may become REFUNDED. FAILED and REFUNDED are final.
 */
export type PaymentStatus =
  /** Called off before capture because the appointment was cancelled; no money moved. */
  | 'CANCELLED'
  /** Captured: the money is ours. */
  | 'COMPLETED'
  /** Could not be captured; see `failureReason`. */
  | 'FAILED'
  /** Authorised or awaiting capture; no money moved yet. */
  | 'PENDING'
  /** Captured, then given back in full; see `refund`. */
  | 'REFUNDED';

/** A prescription (see `Prescription`). */
export type PrescriptionInput = {
  /** Greater than 0, at most 10000. */
  doseAmount: Scalars['Float']['input'];
  doseUnit: DoseUnit;
  /** 1 to 200 characters. */
  drug: Scalars['String']['input'];
  /** 1 to 365. */
  durationDays: Scalars['Int']['input'];
  frequency: DoseFrequency;
  /** At most 1000 characters. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 11; 0 when omitted. */
  refills?: InputMaybe<Scalars['Int']['input']>;
  route: MedicationRoute;
};

/** A referral: to a named doctor or to a specialty (exactly one of the two). */
export type ReferralInput = {
  /** 1 to 2000 characters. */
  reason: Scalars['String']['input'];
  toDoctorId?: InputMaybe<Scalars['ID']['input']>;
  toSpecialty?: InputMaybe<Scalars['String']['input']>;
  /** ROUTINE when omitted. */
  urgency?: InputMaybe<ReferralUrgency>;
};

/** Where a referral stands. PENDING → ACCEPTED or DECLINED; ACCEPTED → COMPLETED; PENDING or ACCEPTED → CANCELLED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING';

/** How soon a referral should be seen. */
export type ReferralUrgency =
  | 'EMERGENCY'
  | 'ROUTINE'
  | 'URGENT';

/** A new patient account. */
export type RegisterInput = {
  /** YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** Full name as shown to care teams. */
  name: Scalars['String']['input'];
  /** At least 10 characters, at most 72 bytes. */
  password: Scalars['String']['input'];
};

/** A file to attach to an appointment, declared before its bytes are sent. */
export type RequestFileUploadInput = {
  appointmentId: Scalars['ID']['input'];
  /** One of application/pdf, image/png, image/jpeg, application/dicom, text/plain; the upload must send the same. */
  contentType: Scalars['String']['input'];
  /** Shown to the people who may see the file; at most 255 characters, no path. */
  filename: Scalars['String']['input'];
  /** Exact size in bytes of what will be uploaded; at most the configured limit (20 MiB by default). */
  size: Scalars['Int']['input'];
};

/** A new time for an appointment (same rules as booking). */
export type RescheduleAppointmentInput = {
  /** 10 to 120 minutes; the current length when omitted. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Why (at most 500 characters); kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

/** A patient's review of a completed appointment. */
export type ReviewInput = {
  /** The completed appointment being reviewed; one review per appointment. */
  appointmentId: Scalars['ID']['input'];
  /** At most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
};

/** What a user may do on the platform. */
export type Role =
  | 'ADMIN'
  | 'DOCTOR'
  | 'PARTNER'
  | 'PATIENT';

/** SOAP notes; each given section replaces the stored one (at most 10000 characters each). */
export type SoapNotesInput = {
  assessment?: InputMaybe<Scalars['String']['input']>;
  objective?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  subjective?: InputMaybe<Scalars['String']['input']>;
};

/** A period of time off. */
export type TimeOffInput = {
  /** After `startsAt`; at most 366 days later. */
  endsAt: Scalars['DateTime']['input'];
  /** Private note for the doctor's calendar (at most 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

/**
 * Vital signs, each optional, each checked against a plausible range:
 * blood pressure 50–260 / 30–160 mmHg (systolic above diastolic), heart rate
 * 20–250 bpm, temperature 30–45 °C, SpO2 50–100 %, respiratory rate 4–60 /min,
 * weight 0.3–400 kg, height 20–260 cm. At least one is required.
 */
export type VitalSignsInput = {
  diastolicMmHg?: InputMaybe<Scalars['Int']['input']>;
  heartRateBpm?: InputMaybe<Scalars['Int']['input']>;
  heightCm?: InputMaybe<Scalars['Float']['input']>;
  oxygenSaturationPercent?: InputMaybe<Scalars['Int']['input']>;
  respiratoryRatePerMin?: InputMaybe<Scalars['Int']['input']>;
  systolicMmHg?: InputMaybe<Scalars['Int']['input']>;
  temperatureCelsius?: InputMaybe<Scalars['Float']['input']>;
  weightKg?: InputMaybe<Scalars['Float']['input']>;
};

/** Which entries `Query.waitlist` returns. */
export type WaitlistFilter = {
  /** Entries for this doctor. Doctors may only ask for their own (their own when omitted). */
  doctorId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries of this patient. Patients may only ask for their own (their own when omitted). */
  patientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<WaitlistStatus>>;
};

/** Where a waitlist entry stands. */
export type WaitlistStatus =
  /** The patient claimed the offer: see `appointment`. */
  | 'BOOKED'
  /** The patient left the waitlist. */
  | 'CANCELLED'
  /** The offer lapsed unclaimed. */
  | 'EXPIRED'
  /** A freed slot is held for the patient until `offer.expiresAt`. */
  | 'OFFERED'
  /** In line for a freed slot. */
  | 'WAITING';

/** One weekly block of working time, in UTC (see `WorkingHours`). */
export type WorkingHoursInput = {
  dayOfWeek: DayOfWeek;
  /** "HH:MM", 24-hour clock, UTC; after `startTime` on the same day. */
  endTime: Scalars['String']['input'];
  /** Slot length in minutes, 10 to 120; 30 when omitted. */
  slotMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** "HH:MM", 24-hour clock, UTC. */
  startTime: Scalars['String']['input'];
};

export type AppointmentAttachments_AppointmentFragment = { __typename?: 'Appointment', id: string, attachments: Array<{ __typename?: 'File', id: string, filename: string, size: number, contentType: string, status: FileStatus, downloadUrl: string | null }> | null };

export type DoctorRequestFileUploadMutationVariables = Exact<{
  input: RequestFileUploadInput;
}>;


export type DoctorRequestFileUploadMutation = { __typename?: 'Mutation', requestFileUpload: { __typename?: 'FileUploadTicket', uploadUrl: string, expiresAt: string, file: { __typename?: 'File', id: string, status: FileStatus } } };

export type AppointmentRow_AppointmentFragment = { __typename?: 'Appointment', id: string, startsAt: string, status: AppointmentStatus, reason: string | null, patient: { __typename?: 'Patient', id: string, name: string } | null };

export type NotesForm_ConsultationFragment = { __typename?: 'Consultation', id: string, notes: { __typename?: 'SoapNotes', subjective: string | null, objective: string | null, assessment: string | null, plan: string | null } };

export type SaveNotesMutationVariables = Exact<{
  appointmentId: Scalars['ID']['input'];
  notes: SoapNotesInput;
}>;


export type SaveNotesMutation = { __typename?: 'Mutation', documentConsultation: { __typename?: 'Consultation', id: string, notes: { __typename?: 'SoapNotes', subjective: string | null, objective: string | null, assessment: string | null, plan: string | null } } };

export type RecordVitalsMutationVariables = Exact<{
  appointmentId: Scalars['ID']['input'];
  vitals: VitalSignsInput;
}>;


export type RecordVitalsMutation = { __typename?: 'Mutation', documentConsultation: { __typename?: 'Consultation', id: string, vitals: Array<{ __typename?: 'VitalSigns', id: string, recordedAt: string, systolicMmHg: number | null, diastolicMmHg: number | null, heartRateBpm: number | null, temperatureCelsius: number | null, oxygenSaturationPercent: number | null }> } };

export type VitalsTable_ConsultationFragment = { __typename?: 'Consultation', id: string, vitals: Array<{ __typename?: 'VitalSigns', id: string, recordedAt: string, systolicMmHg: number | null, diastolicMmHg: number | null, heartRateBpm: number | null, temperatureCelsius: number | null, oxygenSaturationPercent: number | null }> };

export type DoctorConsultationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DoctorConsultationQuery = { __typename?: 'Query', appointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, startsAt: string, reason: string | null, patient: { __typename?: 'Patient', id: string, name: string } | null, consultation: { __typename?: 'Consultation', id: string, vitals: Array<{ __typename?: 'VitalSigns', id: string, recordedAt: string, systolicMmHg: number | null, diastolicMmHg: number | null, heartRateBpm: number | null, temperatureCelsius: number | null, oxygenSaturationPercent: number | null }>, notes: { __typename?: 'SoapNotes', subjective: string | null, objective: string | null, assessment: string | null, plan: string | null } } | null, attachments: Array<{ __typename?: 'File', id: string, filename: string, size: number, contentType: string, status: FileStatus, downloadUrl: string | null }> | null } };

export type DoctorConsultationLiveSubscriptionVariables = Exact<{
  appointmentId: Scalars['ID']['input'];
}>;


export type DoctorConsultationLiveSubscription = { __typename?: 'Subscription', consultationUpdated: { __typename?: 'Consultation', id: string, appointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, consultation: { __typename?: 'Consultation', id: string } | null }, vitals: Array<{ __typename?: 'VitalSigns', id: string, recordedAt: string, systolicMmHg: number | null, diastolicMmHg: number | null, heartRateBpm: number | null, temperatureCelsius: number | null, oxygenSaturationPercent: number | null }>, notes: { __typename?: 'SoapNotes', subjective: string | null, objective: string | null, assessment: string | null, plan: string | null } } };

export type DoctorCheckInMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DoctorCheckInMutation = { __typename?: 'Mutation', checkInAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } };

export type StartConsultationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartConsultationMutation = { __typename?: 'Mutation', startAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus, consultation: { __typename?: 'Consultation', id: string, vitals: Array<{ __typename?: 'VitalSigns', id: string, recordedAt: string, systolicMmHg: number | null, diastolicMmHg: number | null, heartRateBpm: number | null, temperatureCelsius: number | null, oxygenSaturationPercent: number | null }>, notes: { __typename?: 'SoapNotes', subjective: string | null, objective: string | null, assessment: string | null, plan: string | null } } | null } };

export type CompleteConsultationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteConsultationMutation = { __typename?: 'Mutation', completeAppointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } };

export type ScheduleQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
}>;


export type ScheduleQuery = { __typename?: 'Query', appointmentSearch: { __typename?: 'AppointmentConnection', edges: Array<{ __typename?: 'AppointmentEdge', node: { __typename?: 'Appointment', id: string, startsAt: string, status: AppointmentStatus, reason: string | null, patient: { __typename?: 'Patient', id: string, name: string } | null } }> } };

export type ScheduleChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScheduleChangedSubscription = { __typename?: 'Subscription', appointmentChanged: { __typename?: 'Appointment', id: string, startsAt: string, status: AppointmentStatus, reason: string | null, patient: { __typename?: 'Patient', id: string, name: string } | null } };

export const AppointmentAttachments_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentAttachments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<AppointmentAttachments_AppointmentFragment, unknown>;
export const AppointmentRow_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentRow_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentRow_AppointmentFragment, unknown>;
export const NotesForm_ConsultationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesForm_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]} as unknown as DocumentNode<NotesForm_ConsultationFragment, unknown>;
export const VitalsTable_ConsultationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VitalsTable_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"systolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"heartRateBpm"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturationPercent"}}]}}]}}]} as unknown as DocumentNode<VitalsTable_ConsultationFragment, unknown>;
export const DoctorRequestFileUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DoctorRequestFileUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFileUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestFileUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<DoctorRequestFileUploadMutation, DoctorRequestFileUploadMutationVariables>;
export const SaveNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SoapNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesForm_consultation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesForm_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]} as unknown as DocumentNode<SaveNotesMutation, SaveNotesMutationVariables>;
export const RecordVitalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVitals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vitals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VitalSignsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vitals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vitals"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VitalsTable_consultation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VitalsTable_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"systolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"heartRateBpm"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturationPercent"}}]}}]}}]} as unknown as DocumentNode<RecordVitalsMutation, RecordVitalsMutationVariables>;
export const DoctorConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentAttachments_appointment"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VitalsTable_consultation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesForm_consultation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentAttachments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VitalsTable_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"systolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"heartRateBpm"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturationPercent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesForm_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]} as unknown as DocumentNode<DoctorConsultationQuery, DoctorConsultationQueryVariables>;
export const DoctorConsultationLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DoctorConsultationLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VitalsTable_consultation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesForm_consultation"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VitalsTable_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"systolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"heartRateBpm"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturationPercent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesForm_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]} as unknown as DocumentNode<DoctorConsultationLiveSubscription, DoctorConsultationLiveSubscriptionVariables>;
export const DoctorCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DoctorCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DoctorCheckInMutation, DoctorCheckInMutationVariables>;
export const StartConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VitalsTable_consultation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotesForm_consultation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VitalsTable_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vitals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"systolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"diastolicMmHg"}},{"kind":"Field","name":{"kind":"Name","value":"heartRateBpm"}},{"kind":"Field","name":{"kind":"Name","value":"temperatureCelsius"}},{"kind":"Field","name":{"kind":"Name","value":"oxygenSaturationPercent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotesForm_consultation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]} as unknown as DocumentNode<StartConsultationMutation, StartConsultationMutationVariables>;
export const CompleteConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteConsultationMutation, CompleteConsultationMutationVariables>;
export const ScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentRow_appointment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentRow_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScheduleQuery, ScheduleQueryVariables>;
export const ScheduleChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScheduleChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentRow_appointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentRow_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScheduleChangedSubscription, ScheduleChangedSubscriptionVariables>;