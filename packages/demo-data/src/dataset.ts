import { demoId } from './ids';

/**
 * The demo world `npm start` loads: three clinics, six doctors, twelve
 * patients and two working weeks of appointments (last week and this one) (with payments, attachments and
 * analytics facts). Each subgraph's seeder takes the slice it owns.
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

export interface DemoDataset {
  clinics: DemoClinic[];
  doctors: DemoDoctor[];
  patients: DemoPatient[];
  admin: { id: string; email: string };
  appointments: DemoAppointment[];
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
    appointments,
    payments,
    files,
  };
}
