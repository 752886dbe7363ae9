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

/** A partner's API key (the secret itself is never shown again after creation). */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. the partner's name. */
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it in lists and logs. */
  prefix: Scalars['String']['output'];
  /** Set once revoked; the gateway refuses the key within a minute. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the partner may do, e.g. doctors:read. */
  scopes: Array<Scalars['String']['output']>;
};

/**
 * A booked consultation between a patient and a doctor. Clinical data: signed-in
 * callers only; a patient sees their own, a doctor theirs, an admin all; every
 * read is audited.
 */
export type Appointment = {
  __typename?: 'Appointment';
  /** Files attached to the appointment that the caller may see, oldest first; null only when storage cannot answer. */
  attachments: Maybe<Array<File>>;
  /**
   * The consultation's documentation; null until the doctor starts the
   * appointment. The treating doctor, the patient and admins only (FORBIDDEN otherwise).
   */
  consultation: Maybe<Consultation>;
  /** Opaque position of this appointment in `Query.appointments`, for its `after` argument. */
  cursor: Scalars['String']['output'];
  /** Null only when the provider subgraph cannot answer for this doctor. */
  doctor: Maybe<Doctor>;
  endsAt: Scalars['DateTime']['output'];
  /** The appointment whose consultation scheduled this one as a follow-up; null for other appointments. */
  followUpOf: Maybe<Appointment>;
  /**
   * Every change of status or time, oldest first, with who made it and when.
   * The appointment's patient and doctor and admins only (FORBIDDEN otherwise).
   */
  history: Array<AppointmentTransition>;
  id: Scalars['ID']['output'];
  /** The invoice opened when the consultation was completed; null before that, or when payment cannot answer. */
  invoice: Maybe<Invoice>;
  /** Null only when the identity subgraph cannot answer for this patient. */
  patient: Maybe<Patient>;
  /**
   * The latest payment for this appointment: requested (PENDING, at the doctor's fee) moments after
   * booking. Null before that, when payment cannot answer, or the caller may not see it (FORBIDDEN).
   */
  payment: Maybe<Payment>;
  /** Why the patient booked, in their words. */
  reason: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: AppointmentStatus;
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

/** A page of appointments. */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  edges: Array<AppointmentEdge>;
  pageInfo: PageInfo;
};

/** An appointment and its position in an `AppointmentConnection`. */
export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  /** Pass as `after` to get the appointments that follow this one. */
  cursor: Scalars['String']['output'];
  node: Appointment;
};

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

/** One recorded change of an appointment: who, when, from which status to which. */
export type AppointmentTransition = {
  __typename?: 'AppointmentTransition';
  action: AppointmentAction;
  actorRole: ActorRole;
  /** The user (identity `User.id`) who made the change. */
  actorUserId: Scalars['ID']['output'];
  /** Status before the change; null for BOOK. */
  fromStatus: Maybe<AppointmentStatus>;
  id: Scalars['ID']['output'];
  /** Free text given with the change, e.g. a cancellation reason. */
  note: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** For RESCHEDULE: when the appointment started before the change. */
  previousStartsAt: Maybe<Scalars['DateTime']['output']>;
  /** Status after the change (RESCHEDULE keeps SCHEDULED). */
  toStatus: AppointmentStatus;
};

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
  /** An email address was verified. */
  | 'EMAIL_VERIFIED'
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

/** One audit record: who did what to which records, when, in which request. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actorRoles: Array<Role>;
  /** The user who acted; null for anonymous or system actions. */
  actorUserId: Maybe<Scalars['ID']['output']>;
  /** The correlation ID of the request, to find its log lines on every hop. */
  correlationId: Scalars['String']['output'];
  entityIds: Array<Scalars['ID']['output']>;
  /** GraphQL type of the records, e.g. Appointment, or User for account events. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The service that recorded the entry (appointment, identity, ...). */
  source: Scalars['String']['output'];
  /** The service that relayed the request to `source` (gateway, or a calling subgraph). */
  viaService: Maybe<Scalars['String']['output']>;
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  /** The cursor of the last edge, if any. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether entries older than the last edge exist. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An audit entry in a page of `auditLog`. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

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

/** A clinic that doctors belong to. */
export type Clinic = {
  __typename?: 'Clinic';
  city: Scalars['String']['output'];
  /** Doctors of this clinic, by name. */
  doctors: Array<Doctor>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * The clinical record of one appointment, created when the doctor starts it.
 * Only the treating doctor writes it; the patient and admins read it; every
 * read is audited.
 */
export type Consultation = {
  __typename?: 'Consultation';
  /** The appointment documented. */
  appointment: Appointment;
  /** Follow-up appointments scheduled from this consultation, by start time. */
  followUps: Array<Appointment>;
  id: Scalars['ID']['output'];
  /** SOAP notes. */
  notes: SoapNotes;
  /** Prescriptions issued, oldest first. */
  prescriptions: Array<Prescription>;
  /** Referrals made, oldest first. */
  referrals: Array<Referral>;
  /** When the doctor started the appointment. */
  startedAt: Scalars['DateTime']['output'];
  /** When the documentation last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Vital signs recorded during the consultation, newest first. */
  vitals: Array<VitalSigns>;
};

/**
 * Documentation to add to a consultation, saved all or nothing: notes replace
 * the given sections, vitals are appended as a new reading, prescriptions and
 * referrals are added, and a follow-up is booked.
 */
export type ConsultationInput = {
  followUp?: InputMaybe<FollowUpInput>;
  notes?: InputMaybe<SoapNotesInput>;
  prescriptions?: InputMaybe<Array<PrescriptionInput>>;
  referrals?: InputMaybe<Array<ReferralInput>>;
  vitals?: InputMaybe<VitalSignsInput>;
};

/** A new API key and its secret, shown only this once. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Send as `x-api-key`. Stored only as a hash: copy it now. */
  secret: Scalars['String']['output'];
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

/** A doctor, owned by the provider subgraph; this subgraph adds statistics. */
export type Doctor = {
  __typename?: 'Doctor';
  /** The doctor's appointments by start time, optionally within [from, to); null only when the appointment subgraph cannot answer. */
  appointments: Maybe<Array<Appointment>>;
  /**
   * Free slots starting in [from, to), by start: the doctor's working hours cut
   * into slots, minus time off, active appointments, slots held for waitlisted
   * patients and slots already begun. The range may span at most 31 days
   * (BAD_USER_INPUT otherwise). Null only when the appointment subgraph cannot answer.
   */
  availableSlots: Maybe<Array<TimeSlot>>;
  /** Mean rating of the doctor's reviews (1 to 5); null before the first review. */
  averageRating: Maybe<Scalars['Float']['output']>;
  bio: Scalars['String']['output'];
  /** The clinic the doctor practises at. */
  clinic: Clinic;
  currency: Scalars['String']['output'];
  /** Opaque position of this doctor in `Query.doctors`, for its `after` argument. */
  cursor: Scalars['String']['output'];
  /** Consultation fee in minor units of `currency` (cents). */
  feeCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639-1 codes of the languages the doctor consults in. */
  languages: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** How many reviews the doctor has. */
  reviewCount: Scalars['Int']['output'];
  /** The doctor's reviews, newest first; `after` is an edge's `cursor`. */
  reviews: ReviewConnection;
  /** Main specialty, e.g. Cardiology. */
  specialty: Scalars['String']['output'];
  /** Admins, doctors and partners with `stats:read`; null only when analytics cannot answer. */
  stats: Maybe<DoctorStats>;
  /**
   * Time off that has not ended yet, by start. Nothing can be booked inside it.
   * Past time off is not listed: it no longer affects availability.
   */
  timeOff: Array<TimeOff>;
  /**
   * The doctor's weekly working hours, in UTC, by day and start time. A booking
   * must fit inside one block; `Doctor.availableSlots` cuts the blocks into slots.
   */
  workingHours: Array<WorkingHours>;
};


/** A doctor, owned by the provider subgraph; this subgraph adds statistics. */
export type DoctorAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A doctor, owned by the provider subgraph; this subgraph adds statistics. */
export type DoctorAvailableSlotsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A doctor, owned by the provider subgraph; this subgraph adds statistics. */
export type DoctorReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of doctors. */
export type DoctorConnection = {
  __typename?: 'DoctorConnection';
  edges: Array<DoctorEdge>;
  pageInfo: PageInfo;
};

/** A doctor and its position in a `DoctorConnection`. */
export type DoctorEdge = {
  __typename?: 'DoctorEdge';
  /** Pass as `after` to get the doctors that follow this one. */
  cursor: Scalars['String']['output'];
  node: Doctor;
};

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

/** Counts over a doctor's appointments, from the analytics read model (built from appointment and payment events). */
export type DoctorStats = {
  __typename?: 'DoctorStats';
  cancellations: Scalars['Int']['output'];
  completedConsultations: Scalars['Int']['output'];
  /** Completed over (completed + no-shows); null before any took place. */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** No-shows over (completed + no-shows); null before any took place. */
  noShowRate: Maybe<Scalars['Float']['output']>;
  noShows: Scalars['Int']['output'];
  /** Captured payments for this doctor's appointments, net of refunds, in cents. */
  revenueCents: Scalars['Int']['output'];
  totalAppointments: Scalars['Int']['output'];
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

/**
 * A stored file: metadata here, bytes in the blob store. Clinical data: its
 * owner (patient), the doctor of the appointment it is attached to, and admins;
 * every read is audited.
 */
export type File = {
  __typename?: 'File';
  /** The appointment the file is attached to, if any. */
  appointment: Maybe<Appointment>;
  /** MIME type, e.g. application/pdf. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /**
   * A link that downloads the bytes (GET at the gateway's `/files/`, valid 5
   * minutes, served as an attachment; each download is audited as a read).
   * Null until the file is READY.
   */
  downloadUrl: Maybe<Scalars['String']['output']>;
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** PENDING until its bytes are uploaded; only READY files are listed in `Appointment.attachments`. */
  status: FileStatus;
};

/** Where a file is in its upload. */
export type FileStatus =
  /** An upload link was issued; no bytes yet. */
  | 'PENDING'
  /** Stored; it can be downloaded. */
  | 'READY'
  /** Bytes are arriving on the upload link. */
  | 'UPLOADING';

/** A PENDING file and where to send its bytes. */
export type FileUploadTicket = {
  __typename?: 'FileUploadTicket';
  expiresAt: Scalars['DateTime']['output'];
  file: File;
  /**
   * PUT the bytes here (the gateway's `/files/`), with the declared
   * `content-type` and exactly `size` bytes; accepted once, until `expiresAt`.
   */
  uploadUrl: Scalars['String']['output'];
};

/** A follow-up appointment with the same doctor and patient (booked through the same rules as `bookAppointment`). */
export type FollowUpInput = {
  /** 10 to 120 minutes; 30 when omitted. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Shown to the patient as the appointment's reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

/**
 * An invoice, opened when a consultation is completed (from the
 * `appointment.completed` event). Visible to the patient it bills and to admins.
 */
export type Invoice = {
  __typename?: 'Invoice';
  /** Amount due in minor units of `currency` (cents): the appointment's latest payment, 0 when it has none. */
  amount: Scalars['Int']['output'];
  /** The completed appointment it bills. */
  appointment: Appointment;
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The payment that settles it; null when the appointment had none when it was issued. */
  payment: Maybe<Payment>;
  status: InvoiceStatus;
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

/** The outcome of a password login: a session, or a two-factor challenge to answer first. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Set when no second factor is needed. */
  session: Maybe<Session>;
  /** Set when the account has two-factor authentication enabled. */
  twoFactorChallenge: Maybe<TwoFactorChallenge>;
};

/** An email the platform sent (or, without SMTP, kept in the dev mailbox). */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** Plain-text body; it may hold one-time tokens, which is why only admins outside production can read it. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** SENT (through SMTP), DEV_MAILBOX (no SMTP configured), PENDING or FAILED. */
  status: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  to: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds time off to the doctor's calendar. Appointments already booked stay booked. The doctor or an admin. */
  addTimeOff: TimeOff;
  /** Starts TOTP enrolment for the signed-in user. */
  beginTwoFactorEnrolment: TwoFactorEnrolment;
  /**
   * Books an appointment. CONFLICT when the doctor or the patient already has an
   * appointment overlapping it, or the slot is held for a waitlisted patient;
   * BAD_USER_INPUT (field `input.startsAt`) when it is outside the doctor's working hours.
   */
  bookAppointment: Appointment;
  /** Cancels a SCHEDULED or CHECKED_IN appointment; its slot is offered to the waitlist. The patient, the doctor or an admin. */
  cancelAppointment: Appointment;
  /**
   * Captures a PENDING payment: it becomes COMPLETED and `payment.completed` is
   * published. CONFLICT for a payment in any other state, NOT_FOUND for an
   * unknown id, BAD_USER_INPUT (field `paymentId`) for a malformed one.
   * Admins only, like every payment mutation: a patient never captures, fails
   * or refunds a payment, not even their own (FORBIDDEN). Each change is audited.
   */
  capturePayment: Payment;
  /** The patient has arrived: SCHEDULED → CHECKED_IN. The patient, the doctor or an admin. */
  checkInAppointment: Appointment;
  /** Books the slot held for the caller's entry. CONFLICT when the entry is not OFFERED or the offer has expired. */
  claimWaitlistOffer: Appointment;
  /** The consultation is over: IN_PROGRESS → COMPLETED. The treating doctor only. */
  completeAppointment: Appointment;
  /** Confirms enrolment with a first code; returns the recovery codes, shown once. */
  confirmTwoFactorEnrolment: RecoveryCodes;
  /** Creates a partner API key with the given scopes. */
  createApiKey: CreatedApiKey;
  /** Turns two-factor authentication off; needs a current TOTP code or a recovery code. */
  disableTwoFactor: Scalars['Boolean']['output'];
  /**
   * Adds documentation to the consultation of an appointment in progress or
   * completed, all or nothing. The treating doctor only.
   */
  documentConsultation: Consultation;
  /**
   * Records that a PENDING payment could not be captured: it becomes FAILED and
   * `payment.failed` is published. `reason` is 1 to 500 characters.
   */
  failPayment: Payment;
  /** Puts the calling patient on a doctor's waitlist. CONFLICT when already waiting for that doctor. */
  joinWaitlist: WaitlistEntry;
  /** Takes the caller's entry off the waitlist (releasing any held slot). */
  leaveWaitlist: WaitlistEntry;
  /** Signs in with email and password. Wrong email and wrong password answer alike (UNAUTHENTICATED); too many attempts answer TOO_MANY_REQUESTS. */
  login: LoginPayload;
  /** Ends the session the refresh token belongs to (its whole family). Access tokens already issued expire on their own. */
  logout: Scalars['Boolean']['output'];
  /** The patient did not come: SCHEDULED or CHECKED_IN → NO_SHOW, once the start time has passed. The doctor or an admin. */
  markAppointmentNoShow: Appointment;
  /** Trades a refresh token for a new session; a token presented twice revokes its whole family. */
  refreshSession: Session;
  /**
   * Refunds a COMPLETED payment in full: it becomes REFUNDED, a Refund is
   * recorded and `payment.refunded` is published. `reason` is 1 to 500 characters.
   */
  refundPayment: Payment;
  /** Creates a PATIENT account and emails a verification link. Answers the same whether or not the email is taken. */
  register: RegisterPayload;
  /** Removes time off; answers the doctor. The doctor or an admin. */
  removeTimeOff: Doctor;
  /**
   * Declares a file attached to an appointment and returns a signed upload link.
   * The appointment's patient, its doctor or an admin (FORBIDDEN otherwise);
   * BAD_USER_INPUT (with the field) for a content type not allowed, a size over
   * the limit or an appointment that holds its maximum of files.
   */
  requestFileUpload: FileUploadTicket;
  /** Emails a password reset link when the account exists; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Moves a SCHEDULED appointment (same rules as booking). The patient, the doctor or an admin. */
  rescheduleAppointment: Appointment;
  /** Sets a new password with a reset token (single use, 1 hour) and signs the account out everywhere. */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes an API key. */
  revokeApiKey: ApiKey;
  /** Books a follow-up appointment from a consultation. The treating doctor only. */
  scheduleFollowUp: Appointment;
  /**
   * Replaces the doctor's weekly working hours with `hours` (an empty list clears
   * them). Appointments already booked stay booked. The doctor or an admin.
   */
  setWorkingHours: Doctor;
  /** The doctor starts the consultation: CHECKED_IN → IN_PROGRESS, and its documentation opens. The treating doctor only. */
  startAppointment: Appointment;
  /**
   * Reviews the doctor of one of the caller's completed appointments (patients
   * only; CONFLICT when the appointment is not completed or already reviewed).
   */
  submitReview: Review;
  /**
   * Moves a referral on. The referred-to doctor accepts, declines or completes
   * it; the referring doctor cancels it; admins may do either.
   */
  updateReferralStatus: Referral;
  /**
   * Attaches a small file sent in this request (GraphQL multipart; the request
   * must carry `apollo-require-preflight`). Same rules as `requestFileUpload`;
   * the file is READY when this returns. Larger files: use `requestFileUpload`.
   */
  uploadFile: File;
  /** Marks the email of the token's account as verified; the token is single use and expires after 24 hours. */
  verifyEmail: Scalars['Boolean']['output'];
  /** Answers a two-factor challenge with a TOTP code or a recovery code. */
  verifyTwoFactor: Session;
};


export type MutationAddTimeOffArgs = {
  doctorId: Scalars['ID']['input'];
  input: TimeOffInput;
};


export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};


export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCapturePaymentArgs = {
  paymentId: Scalars['ID']['input'];
};


export type MutationCheckInAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClaimWaitlistOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTwoFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationDisableTwoFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationDocumentConsultationArgs = {
  appointmentId: Scalars['ID']['input'];
  input: ConsultationInput;
};


export type MutationFailPaymentArgs = {
  paymentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationJoinWaitlistArgs = {
  input: JoinWaitlistInput;
};


export type MutationLeaveWaitlistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkAppointmentNoShowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefundPaymentArgs = {
  paymentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveTimeOffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestFileUploadArgs = {
  input: RequestFileUploadInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRescheduleAppointmentArgs = {
  id: Scalars['ID']['input'];
  input: RescheduleAppointmentInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleFollowUpArgs = {
  appointmentId: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationSetWorkingHoursArgs = {
  doctorId: Scalars['ID']['input'];
  hours: Array<WorkingHoursInput>;
};


export type MutationStartAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  input: ReviewInput;
};


export type MutationUpdateReferralStatusArgs = {
  id: Scalars['ID']['input'];
  status: ReferralStatus;
};


export type MutationUploadFileArgs = {
  appointmentId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVerifyTwoFactorArgs = {
  challengeToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
};

/**
 * A message shown to a patient in the app (the same news also goes out by email
 * and SMS). Visible to that patient and to admins.
 */
export type Notification = {
  __typename?: 'Notification';
  /** The appointment it is about (resolved by the appointment subgraph); null for other news. */
  appointment: Maybe<Appointment>;
  /** The message itself, plain text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** When the patient read it; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** Short headline. */
  title: Scalars['String']['output'];
};

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

/** Where a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of the page, to pass as `after` for the next; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for after a cursor (items precede it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of the page; null for an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A patient, owned by the identity subgraph; this subgraph adds their appointments. */
export type Patient = {
  __typename?: 'Patient';
  /** The patient's appointments by start time; null only when the appointment subgraph cannot answer. */
  appointments: Maybe<Array<Appointment>>;
  /** Opaque position of this patient in `Query.patients`, for its `after` argument. */
  cursor: Scalars['String']['output'];
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Full name as shown to care teams. */
  name: Scalars['String']['output'];
  /**
   * The patient's in-app notifications, newest first (at most `first`, 1 to 100;
   * only unread ones with `unreadOnly`). Only the patient themself and admins
   * see them: an empty list for anyone else (doctors included). BAD_USER_INPUT
   * (field `first`) out of range.
   */
  notifications: Array<Notification>;
  /** The account this patient signs in with; null unless the caller is that account or an admin. */
  user: Maybe<User>;
};


/** A patient, owned by the identity subgraph; this subgraph adds their appointments. */
export type PatientAppointmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A patient, owned by the identity subgraph; this subgraph adds their appointments. */
export type PatientNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A payment for an appointment. Visible to the patient who pays and to admins. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount in minor units of `currency` (cents). */
  amount: Scalars['Int']['output'];
  /** The appointment it pays for. */
  appointment: Appointment;
  /** When it was captured; null unless it was. */
  capturedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** Why it could not be captured; null unless FAILED. */
  failureReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The refund that returned it; null unless REFUNDED. */
  refund: Maybe<Refund>;
  status: PaymentStatus;
};

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

/** The platform's activity over a period, from the analytics read models. */
export type PlatformMetrics = {
  __typename?: 'PlatformMetrics';
  /** Appointments starting in the period, whatever their status. */
  appointments: Scalars['Int']['output'];
  /** Appointments in the period that were cancelled. */
  cancellations: Scalars['Int']['output'];
  /** Appointments in the period that took place. */
  completedConsultations: Scalars['Int']['output'];
  /** Completed over (completed + no-shows); null when none took place. */
  completionRate: Maybe<Scalars['Float']['output']>;
  /** Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** No-shows over (completed + no-shows); null when none took place. */
  noShowRate: Maybe<Scalars['Float']['output']>;
  /** Appointments in the period the patient did not attend. */
  noShows: Scalars['Int']['output'];
  /** Payments captured in the period. */
  paymentsCaptured: Scalars['Int']['output'];
  /** Payments that failed in the period. */
  paymentsFailed: Scalars['Int']['output'];
  /** Payments refunded in the period. */
  refunds: Scalars['Int']['output'];
  /** Money captured in the period minus money refunded in it, in cents. */
  revenueCents: Scalars['Int']['output'];
  /** End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** A medication prescribed in a consultation. */
export type Prescription = {
  __typename?: 'Prescription';
  /** Amount per dose, in `doseUnit`. */
  doseAmount: Scalars['Float']['output'];
  doseUnit: DoseUnit;
  /** Drug name, generic preferred, e.g. "amoxicillin". */
  drug: Scalars['String']['output'];
  /** How many days to take it. */
  durationDays: Scalars['Int']['output'];
  frequency: DoseFrequency;
  id: Scalars['ID']['output'];
  /** Extra directions for the patient, e.g. "with food". */
  instructions: Maybe<Scalars['String']['output']>;
  prescribedAt: Scalars['DateTime']['output'];
  /** How many times it may be refilled (0 to 11). */
  refills: Scalars['Int']['output'];
  route: MedicationRoute;
};

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

export type Query = {
  __typename?: 'Query';
  /** Every partner API key, newest first. */
  apiKeys: Array<ApiKey>;
  /** An appointment by id; NOT_FOUND when there is none, FORBIDDEN when it is not the caller's. */
  appointment: Appointment;
  /**
   * Appointments matching `filter` by start time, as a Relay connection. Patients
   * see their own, doctors their own, admins all (FORBIDDEN when the filter asks
   * for someone else's).
   */
  appointmentSearch: AppointmentConnection;
  /** The caller's appointments (all of them for admins) by start time; `after` is the `cursor` of the last appointment of the previous page. */
  appointments: Array<Appointment>;
  /** The audit log, newest first, optionally filtered. */
  auditLog: AuditEntryConnection;
  /** A clinic by id; NOT_FOUND when there is none. */
  clinic: Clinic;
  /** All clinics, by name. */
  clinics: Array<Clinic>;
  /** A consultation by id; NOT_FOUND when there is none, FORBIDDEN unless the treating doctor, the patient or an admin. */
  consultation: Consultation;
  /** Emails kept instead of sent (no SMTP configured), newest first; refused in production. */
  devMailbox: Array<MailMessage>;
  /** A doctor by id; NOT_FOUND when there is none. */
  doctor: Doctor;
  /**
   * Doctors matching `filter`, ordered by name, as a Relay connection: `first`
   * (1 to 100) doctors after the edge cursor `after`.
   */
  doctorSearch: DoctorConnection;
  /** Doctors ordered by name, optionally of one specialty; `after` is the `cursor` of the last doctor of the previous page. */
  doctors: Array<Doctor>;
  /** A file by id; NOT_FOUND when there is none, FORBIDDEN when the caller may not see it. */
  file: File;
  /** The signed-in user. */
  me: Maybe<User>;
  /** A patient by id; NOT_FOUND when there is none, FORBIDDEN when it is not the caller's. */
  patient: Patient;
  /**
   * Patients ordered by name; `after` is the `cursor` of the last patient of the
   * previous page. Admins list every patient, a doctor the patients they care for.
   */
  patients: Array<Patient>;
  /** A payment by id; NOT_FOUND when there is none, FORBIDDEN when it is not the caller's. */
  payment: Payment;
  /**
   * Platform-wide metrics over [from, to), for admins only (FORBIDDEN otherwise).
   * BAD_USER_INPUT (field `to`) unless `from` is before `to` and the period is
   * at most 366 days.
   */
  platformMetrics: PlatformMetrics;
  /** A user by id; NOT_FOUND when there is none. */
  user: User;
  /**
   * Waitlist entries, oldest first (the order they are served in), as a Relay
   * connection. Patients see their own, doctors their own, admins all.
   */
  waitlist: WaitlistEntryConnection;
};


export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppointmentSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClinicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDevMailboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDoctorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDoctorSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DoctorSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDoctorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlatformMetricsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWaitlistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WaitlistFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Single-use recovery codes, each replacing one TOTP code; shown once, stored hashed. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

/** A referral from a consultation to another doctor or to a specialty. */
export type Referral = {
  __typename?: 'Referral';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  status: ReferralStatus;
  /** The doctor referred to; null for a referral to a specialty, or when provider cannot answer. */
  toDoctor: Maybe<Doctor>;
  /** The specialty referred to, e.g. "Cardiology"; null for a referral to a named doctor. */
  toSpecialty: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  urgency: ReferralUrgency;
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

/**
 * Money given back for a captured payment (always in full, for now). Visible
 * to the patient who paid and to admins, like its payment.
 */
export type Refund = {
  __typename?: 'Refund';
  /** Amount in minor units of `currency` (cents). */
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why it was refunded, as the person who refunded it wrote it. */
  reason: Scalars['String']['output'];
};

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

/** The answer to a registration: always the same, whether or not the email was already registered. */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  /** True when the request was accepted; a verification email follows when the address is new. */
  accepted: Scalars['Boolean']['output'];
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

/** A patient's review of a doctor after a completed appointment. Reviews are shown without the reviewer's identity. */
export type Review = {
  __typename?: 'Review';
  /** What the patient wrote, if anything. */
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The doctor reviewed. */
  doctor: Doctor;
  id: Scalars['ID']['output'];
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
};

/** A page of reviews. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  pageInfo: PageInfo;
};

/** A review and its position in a `ReviewConnection`. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Pass as `after` to get the reviews that follow this one. */
  cursor: Scalars['String']['output'];
  node: Review;
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

/** Tokens of a signed-in session. */
export type Session = {
  __typename?: 'Session';
  /** RS256 JWT for `Authorization: Bearer`; valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque, single use: `refreshSession` trades it for a new session. Presenting it twice signs the session out everywhere it was refreshed. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  role: Role;
  /** The signed-in user's id (read the rest with `me`). */
  userId: Scalars['ID']['output'];
};

/** Subjective, objective, assessment, plan: the structure of a clinical note. */
export type SoapNotes = {
  __typename?: 'SoapNotes';
  /** The doctor's conclusion: diagnosis or differential. */
  assessment: Maybe<Scalars['String']['output']>;
  /** What the doctor observes: examination, measurements, results. */
  objective: Maybe<Scalars['String']['output']>;
  /** What happens next: treatment, tests, advice, follow-up. */
  plan: Maybe<Scalars['String']['output']>;
  /** What the patient reports: complaint, history, symptoms. */
  subjective: Maybe<Scalars['String']['output']>;
};

/** SOAP notes; each given section replaces the stored one (at most 10000 characters each). */
export type SoapNotesInput = {
  assessment?: InputMaybe<Scalars['String']['input']>;
  objective?: InputMaybe<Scalars['String']['input']>;
  plan?: InputMaybe<Scalars['String']['input']>;
  subjective?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The caller's own appointments each time one is booked, cancelled, moved,
   * completed or marked a no-show, as stored after the change: a doctor's
   * schedule, a patient's own appointments, every appointment for admins.
   * Callers who are none of these get FORBIDDEN.
   */
  appointmentChanged: Appointment;
  /**
   * The consultation of an appointment each time its record changes (opened
   * when the doctor starts the appointment; notes, vitals, prescriptions,
   * referrals or follow-ups documented; a referral moved on), as stored after
   * the change. Only the treating doctor, the appointment's patient and admins
   * may subscribe; others get FORBIDDEN, an unknown appointment NOT_FOUND.
   */
  consultationUpdated: Consultation;
  /**
   * Each in-app notification created for the caller, as stored, from the moment
   * of subscribing (earlier ones: `Patient.notifications`). Like
   * `Patient.notifications`, a patient's notifications are theirs alone: a
   * patient receives their own; callers without a patient profile (doctors,
   * admins, partners) are refused with FORBIDDEN.
   */
  notificationReceived: Notification;
  /**
   * The payment each time its status changes (captured, failed, refunded, cancelled),
   * pushed as it happens. Only the paying patient and admins may subscribe;
   * others get FORBIDDEN, an unknown id NOT_FOUND.
   */
  paymentStatusChanged: Payment;
};


export type SubscriptionConsultationUpdatedArgs = {
  appointmentId: Scalars['ID']['input'];
};


export type SubscriptionPaymentStatusChangedArgs = {
  paymentId: Scalars['ID']['input'];
};

/** A period in which the doctor does not consult: leave, a conference, training. */
export type TimeOff = {
  __typename?: 'TimeOff';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why, for the doctor's own calendar: shown to the doctor and admins only, null for everyone else. */
  reason: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
};

/** A period of time off. */
export type TimeOffInput = {
  /** After `startsAt`; at most 366 days later. */
  endsAt: Scalars['DateTime']['input'];
  /** Private note for the doctor's calendar (at most 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

/** A bookable interval. */
export type TimeSlot = {
  __typename?: 'TimeSlot';
  endsAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** The password was right and the account has two-factor authentication: send a code with this challenge to `verifyTwoFactor`. */
export type TwoFactorChallenge = {
  __typename?: 'TwoFactorChallenge';
  /** Single use, valid for 5 minutes. */
  challengeToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** A pending TOTP enrolment: show the secret (or the URI as a QR code) to an authenticator app, then confirm with a code. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** `otpauth://totp/...` URI for QR codes. */
  otpauthUri: Scalars['String']['output'];
  /** Base32 secret, shown once. */
  secret: Scalars['String']['output'];
};

/** An account that signs in. Visible to the account itself and to admins. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** Whether the owner proved the email address is theirs. */
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The patient record of a user with role PATIENT. */
  patient: Maybe<Patient>;
  role: Role;
  /** Whether signing in needs a TOTP code (or a recovery code) after the password. */
  twoFactorEnabled: Scalars['Boolean']['output'];
};

/** One set of vital signs. Every measurement is optional; units are in the field names. */
export type VitalSigns = {
  __typename?: 'VitalSigns';
  /** Body-mass index from weight and height (kg/m²), one decimal; null unless both were recorded. */
  bmi: Maybe<Scalars['Float']['output']>;
  /** Diastolic blood pressure, mmHg. */
  diastolicMmHg: Maybe<Scalars['Int']['output']>;
  /** Heart rate, beats per minute. */
  heartRateBpm: Maybe<Scalars['Int']['output']>;
  /** Height, centimetres. */
  heightCm: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Peripheral oxygen saturation (SpO2), percent. */
  oxygenSaturationPercent: Maybe<Scalars['Int']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Respiratory rate, breaths per minute. */
  respiratoryRatePerMin: Maybe<Scalars['Int']['output']>;
  /** Systolic blood pressure, mmHg. */
  systolicMmHg: Maybe<Scalars['Int']['output']>;
  /** Body temperature, degrees Celsius. */
  temperatureCelsius: Maybe<Scalars['Float']['output']>;
  /** Body weight, kilograms. */
  weightKg: Maybe<Scalars['Float']['output']>;
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

/** A patient waiting for a freed slot with a doctor within a date range. */
export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  /** The appointment booked from the offer, once BOOKED. */
  appointment: Maybe<Appointment>;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque position of this entry in `Query.waitlist`. */
  cursor: Scalars['String']['output'];
  /** Null only when provider cannot answer. */
  doctor: Maybe<Doctor>;
  /** Earliest start the patient accepts. */
  from: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The held slot while OFFERED (and the lapsed one when EXPIRED); null otherwise. */
  offer: Maybe<WaitlistOffer>;
  /** Null only when identity cannot answer. */
  patient: Maybe<Patient>;
  status: WaitlistStatus;
  /** Latest start the patient accepts (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** A page of waitlist entries. */
export type WaitlistEntryConnection = {
  __typename?: 'WaitlistEntryConnection';
  edges: Array<WaitlistEntryEdge>;
  pageInfo: PageInfo;
};

/** A waitlist entry and its position in a `WaitlistEntryConnection`. */
export type WaitlistEntryEdge = {
  __typename?: 'WaitlistEntryEdge';
  /** Pass as `after` to get the entries that follow this one. */
  cursor: Scalars['String']['output'];
  node: WaitlistEntry;
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

/** A slot held for a waitlisted patient. */
export type WaitlistOffer = {
  __typename?: 'WaitlistOffer';
  endsAt: Scalars['DateTime']['output'];
  /** After this instant the hold lapses and the entry is EXPIRED. */
  expiresAt: Scalars['DateTime']['output'];
  startsAt: Scalars['DateTime']['output'];
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

/**
 * One weekly block of working time: every `dayOfWeek` from `startTime` to
 * `endTime`, in UTC. Blocks do not cross midnight and do not overlap.
 */
export type WorkingHours = {
  __typename?: 'WorkingHours';
  dayOfWeek: DayOfWeek;
  /** End of the block, "HH:MM" (24-hour clock, UTC), after `startTime`. */
  endTime: Scalars['String']['output'];
  /** Length in minutes of the slots offered in this block (`Doctor.availableSlots`). */
  slotMinutes: Scalars['Int']['output'];
  /** Start of the block, "HH:MM" (24-hour clock, UTC). */
  startTime: Scalars['String']['output'];
};

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