import { demoId } from './ids';

/**
 * The demo world `npm start` loads: three clinics, six doctors with their
 * working hours, time off and reviews, twelve patients and two working weeks
 * of appointments (last week and this one) with their history, consultation
 * documentation, payments, attachments and analytics facts. Each subgraph's
 * seeder takes the slice it owns.
 */
export interface DemoClinic {
  id: string;
  name: string;
  city: string;
}
export interface DemoDoctor {
  id: string;
  userId: string;
  name: string;
  email: string;
  specialty: string;
  languages: string[];
  bio: string;
  feeCents: number;
  clinicId: string;
}
export interface DemoPatient {
  id: string;
  userId: string;
  name: string;
  email: string;
  dateOfBirth: string;
}
export type DemoAppointmentStatus = 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
export interface DemoAppointment {
  id: string;
  doctorId: string;
  patientId: string;
  clinicId: string;
  startsAt: Date;
  endsAt: Date;
  status: DemoAppointmentStatus;
  reason: string;
}
export interface DemoPayment {
  id: string;
  appointmentId: string;
  patientId: string;
  amountCents: number;
  currency: string;
  status: 'PENDING' | 'COMPLETED' | 'REFUNDED';
}
export interface DemoFile {
  id: string;
  appointmentId: string;
  ownerId: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A weekly block of working time in UTC; `dayOfWeek` is ISO (1 = Monday … 7 = Sunday). */
export interface DemoWorkingHours {
  doctorId: string;
  dayOfWeek: number;
  /** "HH:MM", UTC. */
  startTime: string;
  endTime: string;
  slotMinutes: number;
}
export interface DemoTimeOff {
  id: string;
  doctorId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
}
export interface DemoReview {
  id: string;
  doctorId: string;
  patientId: string;
  appointmentId: string;
  rating: number;
  comment: string | null;
  createdAt: Date;
}
export type DemoAppointmentAction = 'BOOK' | 'CANCEL' | 'CHECK_IN' | 'START' | 'COMPLETE' | 'MARK_NO_SHOW';
/** One step of a seeded appointment's history. */
export interface DemoTransition {
  id: string;
  appointmentId: string;
  action: DemoAppointmentAction;
  fromStatus: DemoAppointmentStatus | 'CHECKED_IN' | 'IN_PROGRESS' | null;
  toStatus: DemoAppointmentStatus | 'CHECKED_IN' | 'IN_PROGRESS';
  actorUserId: string;
  actorRole: 'PATIENT' | 'DOCTOR';
  occurredAt: Date;
  note: string | null;
}
export interface DemoVitals {
  systolicMmHg: number;
  diastolicMmHg: number;
  heartRateBpm: number;
  temperatureCelsius: number;
  oxygenSaturationPercent: number;
  respiratoryRatePerMin: number;
  weightKg: number;
  heightCm: number;
}
export interface DemoPrescription {
  id: string;
  drug: string;
  doseAmount: number;
  doseUnit: 'MG' | 'G' | 'MCG' | 'ML' | 'IU' | 'TABLET' | 'CAPSULE' | 'PUFF' | 'DROP' | 'PATCH';
  route: 'ORAL' | 'TOPICAL' | 'INHALED';
  frequency: 'ONCE_DAILY' | 'TWICE_DAILY' | 'THREE_TIMES_DAILY' | 'EVERY_6_HOURS' | 'AS_NEEDED';
  durationDays: number;
  refills: number;
  instructions: string | null;
}
/** The documentation of a completed appointment. */
export interface DemoConsultation {
  id: string;
  appointmentId: string;
  startedAt: Date;
  completedAt: Date;
  notes: { subjective: string; objective: string; assessment: string; plan: string };
  vitals: DemoVitals & { id: string };
  prescriptions: DemoPrescription[];
}

export interface DemoDataset {
  clinics: DemoClinic[];
  doctors: DemoDoctor[];
  patients: DemoPatient[];
  admin: { id: string; email: string };
  workingHours: DemoWorkingHours[];
  timeOff: DemoTimeOff[];
  appointments: DemoAppointment[];
  transitions: DemoTransition[];
  consultations: DemoConsultation[];
  reviews: DemoReview[];
  payments: DemoPayment[];
  files: DemoFile[];
}

const CLINICS = [
  ['Riverside Health', 'Portland'],
  ['Northgate Clinic', 'Seattle'],
  ['Harbor Telehealth', 'San Diego'],
] as const;

const DOCTORS = [
  ['Dr. Amara Okafor', 'Cardiology', ['en', 'fr'], 12000, 0],
  ['Dr. Lukas Brandt', 'Dermatology', ['en', 'de'], 9000, 0],
  ['Dr. Sofia Marquez', 'General Practice', ['en', 'es'], 6000, 1],
  ['Dr. Kenji Watanabe', 'Pediatrics', ['en', 'ja'], 7500, 1],
  ['Dr. Priya Raman', 'Psychiatry', ['en', 'hi', 'ta'], 15000, 2],
  ['Dr. Elena Petrova', 'Endocrinology', ['en', 'ru'], 11000, 2],
] as const;

const PATIENTS = [
  'Noah Bennett',
  'Olivia Chen',
  'Liam Murphy',
  'Emma Rossi',
  'Mateo Silva',
  'Ava Johnson',
  'Lucas Martin',
  'Mia Nguyen',
  'Ethan Kowalski',
  'Isla Fraser',
  'Yusuf Demir',
  'Chloe Dubois',
] as const;

const REASONS = [
  'Follow-up',
  'Chest pain review',
  'Skin rash',
  'Annual check-up',
  'Medication review',
  'Lab results',
];
const SLOTS_UTC = [9, 10, 11, 14] as const;

// Weekly hours per doctor (same order as DOCTORS), UTC. Every seeded slot
// (Mon-Fri at 09, 10, 11 and 14, 30 minutes) falls inside them.
// [days, start, end, slot minutes]
type Block = readonly [readonly number[], string, string, number];
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const HOURS: readonly (readonly Block[])[] = [
  [[WEEKDAYS, '09:00', '12:00', 30], [WEEKDAYS, '14:00', '17:00', 30]],
  [[WEEKDAYS, '08:00', '12:00', 30], [WEEKDAYS, '14:00', '16:00', 30]],
  // General practice also runs a Saturday walk-in clinic with short slots.
  [[WEEKDAYS, '09:00', '12:00', 30], [WEEKDAYS, '13:30', '17:30', 30], [[6], '08:00', '18:00', 15]],
  [[WEEKDAYS, '09:00', '12:00', 30], [WEEKDAYS, '14:00', '18:00', 30]],
  [[[1, 2, 3, 4], '09:00', '12:00', 30], [[1, 2, 3, 4], '14:00', '16:00', 30], [[5], '09:00', '12:00', 30], [[5], '14:00', '15:00', 30]],
  [[WEEKDAYS, '09:00', '12:00', 30], [WEEKDAYS, '14:00', '17:00', 30]],
];

// Time off relative to this week's Monday: [doctor, from day, from "HH:MM", to day, to "HH:MM", reason].
const TIME_OFF = [
  [1, 4, '15:00', 4, '16:00', 'Dermatology board meeting'],
  [0, 9, '00:00', 10, '00:00', 'Cardiology conference'],
  [3, 11, '14:00', 11, '18:00', 'Paediatric life support training'],
  [5, 14, '00:00', 19, '00:00', 'Annual leave'],
] as const;

const NOTES: Record<string, { subjective: string; objective: string; assessment: string; plan: string }> = {
  'Follow-up': {
    subjective: 'Returns for follow-up. Reports steady improvement since the last visit; no new symptoms.',
    objective: 'Alert and well. Examination unremarkable compared with the previous visit.',
    assessment: 'Improving as expected.',
    plan: 'Continue current management. Review in six weeks or sooner if symptoms return.',
  },
  'Chest pain review': {
    subjective: 'Intermittent left-sided chest tightness on exertion for three weeks, settling with rest within minutes. No pain at rest.',
    objective: 'Heart sounds normal, no murmurs. Chest clear. No peripheral oedema. Resting ECG from last week: sinus rhythm, no ischaemic changes.',
    assessment: 'Exertional chest pain; stable angina to be excluded.',
    plan: 'Exercise stress test and lipid profile. Start a statin. Return urgently if pain occurs at rest or lasts more than 15 minutes.',
  },
  'Skin rash': {
    subjective: 'Itchy rash on both forearms for ten days, worse after gardening. No fever.',
    objective: 'Erythematous, slightly scaly patches on the flexor forearms. No vesicles, no signs of infection.',
    assessment: 'Contact dermatitis, likely plant-related.',
    plan: 'Topical corticosteroid for two weeks, emollients, gloves for gardening. Review if not settling.',
  },
  'Annual check-up': {
    subjective: 'Annual review. Feels well. Exercises twice a week. Non-smoker.',
    objective: 'Examination normal. Vital signs within normal limits.',
    assessment: 'Healthy adult; no active problems.',
    plan: 'Routine bloods (full blood count, lipids, HbA1c). Vaccinations up to date. Next review in twelve months.',
  },
  'Medication review': {
    subjective: 'Taking medication as prescribed. Occasional mild nausea in the morning; no other side effects.',
    objective: 'Well. No signs of toxicity. Recent bloods within range.',
    assessment: 'Medication effective and tolerated.',
    plan: 'Continue at the same dose, taken with food. Repeat prescription issued.',
  },
  'Lab results': {
    subjective: 'Here to discuss recent blood tests. Asymptomatic.',
    objective: 'HbA1c 6.1 %, LDL cholesterol 3.4 mmol/L, renal and liver function normal.',
    assessment: 'Prediabetes and borderline high LDL cholesterol.',
    plan: 'Lifestyle advice on diet and activity. Repeat HbA1c and lipids in three months.',
  },
};

type Drug = Omit<DemoPrescription, 'id'>;
const DRUGS: Record<string, Drug> = {
  Cardiology: { drug: 'atorvastatin', doseAmount: 20, doseUnit: 'MG', route: 'ORAL', frequency: 'ONCE_DAILY', durationDays: 90, refills: 3, instructions: 'Take in the evening.' },
  Dermatology: { drug: 'hydrocortisone 1% cream', doseAmount: 1, doseUnit: 'G', route: 'TOPICAL', frequency: 'TWICE_DAILY', durationDays: 14, refills: 0, instructions: 'Thin layer on affected skin only.' },
  'General Practice': { drug: 'amoxicillin', doseAmount: 500, doseUnit: 'MG', route: 'ORAL', frequency: 'THREE_TIMES_DAILY', durationDays: 7, refills: 0, instructions: 'Finish the course.' },
  Pediatrics: { drug: 'paracetamol oral suspension 120 mg/5 mL', doseAmount: 5, doseUnit: 'ML', route: 'ORAL', frequency: 'EVERY_6_HOURS', durationDays: 3, refills: 0, instructions: 'Only when needed for fever; at most four doses in 24 hours.' },
  Psychiatry: { drug: 'sertraline', doseAmount: 50, doseUnit: 'MG', route: 'ORAL', frequency: 'ONCE_DAILY', durationDays: 30, refills: 2, instructions: 'Take in the morning with food.' },
  Endocrinology: { drug: 'metformin', doseAmount: 500, doseUnit: 'MG', route: 'ORAL', frequency: 'TWICE_DAILY', durationDays: 90, refills: 3, instructions: 'Take with meals.' },
};

const REVIEW_COMMENTS = [
  'Listened carefully and explained everything clearly.',
  null,
  'Very thorough, and the follow-up plan was easy to understand.',
  'Started a few minutes late but the consultation itself was excellent.',
  'Kind and reassuring.',
];
const FILES = [
  ['lab-results.pdf', 'application/pdf', 48213],
  ['ecg.png', 'image/png', 203117],
  ['referral-letter.pdf', 'application/pdf', 18002],
] as const;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^dr\. /, '')
    .replace(/[^a-z]+/g, '.');
}

/** Monday 00:00 UTC of the week containing `now`. */
export function weekStart(now: Date): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  return start;
}

/** Builds the dataset for the week containing `now`; the same `now` week gives the same data. */
export function buildDemoDataset(now = new Date()): DemoDataset {
  const clinics = CLINICS.map(([name, city]) => ({ id: demoId(`clinic:${name}`), name, city }));
  const doctors = DOCTORS.map(([name, specialty, languages, feeCents, clinic]) => ({
    id: demoId(`doctor:${name}`),
    userId: demoId(`user:${name}`),
    name,
    email: `${slug(name)}@doctors.telemed.example`,
    specialty,
    languages: [...languages],
    bio: `${name.replace('Dr. ', '')} practises ${specialty.toLowerCase()} and consults online.`,
    feeCents,
    clinicId: clinics[clinic]!.id,
  }));
  const patients = PATIENTS.map((name, i) => ({
    id: demoId(`patient:${name}`),
    userId: demoId(`user:${name}`),
    name,
    email: `${slug(name)}@patients.telemed.example`,
    dateOfBirth: `19${60 + i * 3}-0${(i % 9) + 1}-1${i % 10}`,
  }));

  const monday = weekStart(now);
  // Days before today are history; from today on, appointments are ahead. A
  // day boundary (not the clock) keeps seeders and tests agreeing all day.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const appointments: DemoAppointment[] = [];
  // Last week is history (completed, no-shows, cancellations); this week is mostly ahead.
  const weeks = [new Date(monday.getTime() - 7 * 86_400_000), monday];
  for (const week of weeks)
    doctors.forEach((doctor, d) => {
      for (let day = 0; day < 5; day++) {
        SLOTS_UTC.forEach((hour, s) => {
          const startsAt = new Date(week.getTime() + day * 86_400_000 + hour * 3_600_000);
          const n = appointments.length;
          const past = startsAt.getTime() < today;
          const status: DemoAppointmentStatus =
            n % 11 === 7 ? 'CANCELLED' : !past ? 'SCHEDULED' : n % 9 === 4 ? 'NO_SHOW' : 'COMPLETED';
          appointments.push({
            id: demoId(`appointment:${week.toISOString()}:${d}:${day}:${s}`),
            doctorId: doctor.id,
            patientId: patients[(d * 5 + day * 4 + s) % patients.length]!.id,
            clinicId: doctor.clinicId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 30 * 60_000),
            status,
            reason: REASONS[n % REASONS.length]!,
          });
        });
      }
    });

  const workingHours: DemoWorkingHours[] = doctors.flatMap((doctor, d) =>
    HOURS[d]!.flatMap(([days, startTime, endTime, slotMinutes]) =>
      days.map((dayOfWeek) => ({ doctorId: doctor.id, dayOfWeek, startTime, endTime, slotMinutes })),
    ),
  );
  const at = (day: number, time: string) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return new Date(monday.getTime() + day * 86_400_000 + (h * 60 + m) * 60_000);
  };
  const timeOff: DemoTimeOff[] = TIME_OFF.map(([d, fromDay, fromTime, toDay, toTime, reason]) => ({
    id: demoId(`time-off:${monday.toISOString()}:${d}:${fromDay}`),
    doctorId: doctors[d]!.id,
    startsAt: at(fromDay, fromTime),
    endsAt: at(toDay, toTime),
    reason,
  }));

  const doctorOf = new Map(doctors.map((d) => [d.id, d]));
  const patientOf = new Map(patients.map((p) => [p.id, p]));
  const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);
  const transitions: DemoTransition[] = [];
  const consultations: DemoConsultation[] = [];
  const reviews: DemoReview[] = [];
  appointments.forEach((a, n) => {
    const patientUser = patientOf.get(a.patientId)!.userId;
    const doctor = doctorOf.get(a.doctorId)!;
    const step = (
      action: DemoAppointmentAction,
      fromStatus: DemoTransition['fromStatus'],
      toStatus: DemoTransition['toStatus'],
      occurredAt: Date,
      byDoctor = false,
      note: string | null = null,
    ) =>
      transitions.push({
        id: demoId(`transition:${a.id}:${action}`),
        appointmentId: a.id,
        action,
        fromStatus,
        toStatus,
        actorUserId: byDoctor ? doctor.userId : patientUser,
        actorRole: byDoctor ? 'DOCTOR' : 'PATIENT',
        occurredAt,
        note,
      });
    step('BOOK', null, 'SCHEDULED', minutes(a.startsAt, -(3 + (n % 10)) * 24 * 60));
    if (a.status === 'CANCELLED') step('CANCEL', 'SCHEDULED', 'CANCELLED', minutes(a.startsAt, -26 * 60), false, 'Cannot make it any more');
    if (a.status === 'NO_SHOW') step('MARK_NO_SHOW', 'SCHEDULED', 'NO_SHOW', minutes(a.startsAt, 15), true);
    if (a.status !== 'COMPLETED') return;
    const startedAt = minutes(a.startsAt, 1 + (n % 3));
    const completedAt = minutes(a.startsAt, 24 + (n % 6));
    step('CHECK_IN', 'SCHEDULED', 'CHECKED_IN', minutes(a.startsAt, -5));
    step('START', 'CHECKED_IN', 'IN_PROGRESS', startedAt, true);
    step('COMPLETE', 'IN_PROGRESS', 'COMPLETED', completedAt, true);
    const drug = DRUGS[doctor.specialty];
    consultations.push({
      id: demoId(`consultation:${a.id}`),
      appointmentId: a.id,
      startedAt,
      completedAt,
      notes: NOTES[a.reason] ?? NOTES['Follow-up']!,
      vitals: {
        id: demoId(`vitals:${a.id}`),
        systolicMmHg: 108 + ((n * 7) % 32),
        diastolicMmHg: 66 + ((n * 3) % 18),
        heartRateBpm: 58 + ((n * 5) % 34),
        temperatureCelsius: 36.3 + (n % 7) / 10,
        oxygenSaturationPercent: 95 + (n % 5),
        respiratoryRatePerMin: 12 + (n % 7),
        weightKg: 52 + ((n * 13) % 45),
        heightCm: 152 + ((n * 7) % 38),
      },
      // Most consultations end with a prescription, some with advice only.
      prescriptions: drug && n % 4 !== 3 ? [{ id: demoId(`prescription:${a.id}`), ...drug }] : [],
    });
    if (n % 3 === 0) {
      reviews.push({
        id: demoId(`review:${a.id}`),
        doctorId: a.doctorId,
        patientId: a.patientId,
        appointmentId: a.id,
        rating: [5, 4, 5, 3, 5, 4][n % 6]!,
        comment: REVIEW_COMMENTS[n % REVIEW_COMMENTS.length]!,
        createdAt: minutes(completedAt, 6 * 60),
      });
    }
  });

  const feeOf = new Map(doctors.map((d) => [d.id, d.feeCents]));
  const payments: DemoPayment[] = appointments
    .filter((a) => a.status !== 'NO_SHOW')
    .map((a) => ({
      id: demoId(`payment:${a.id}`),
      appointmentId: a.id,
      patientId: a.patientId,
      amountCents: feeOf.get(a.doctorId)!,
      currency: 'USD',
      status: a.status === 'COMPLETED' ? 'COMPLETED' : a.status === 'CANCELLED' ? 'REFUNDED' : 'PENDING',
    }));

  const files: DemoFile[] = appointments
    .filter((_, i) => i % 3 === 0)
    .map((a, i) => {
      const [filename, contentType, size] = FILES[i % FILES.length]!;
      return {
        id: demoId(`file:${a.id}`),
        appointmentId: a.id,
        ownerId: a.patientId,
        filename,
        contentType,
        size,
      };
    });

  return {
    clinics,
    doctors,
    patients,
    admin: { id: demoId('user:admin'), email: 'admin@telemed.example' },
    workingHours,
    timeOff,
    appointments,
    transitions,
    consultations,
    reviews,
    payments,
    files,
  };
}
