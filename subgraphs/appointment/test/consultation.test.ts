import { appointmentDb, as, call, demo, ok, operation, refusal, weekday } from '../../../test/clinical';

const BOOK = operation('BookAppointment');
const DOCUMENT = operation('DocumentConsultation');
const FOLLOW_UP = operation('ScheduleFollowUp');
const RECORD = operation('ConsultationRecord');
const REFERRAL = operation('UpdateReferralStatus');

const watanabe = demo.doctors[3]!; // Mon-Fri 09-12 and 14-18 UTC
const doctorHeaders = as.doctor(3);
const patientHeaders = as.patient(6);

interface Documented {
  id: string;
  notes: Record<string, string | null>;
  vitals: Record<string, number | string | null>[];
  prescriptions: Record<string, unknown>[];
  referrals: { id: string; toSpecialty: string | null; toDoctor: { name: string } | null; status: string }[];
  followUps: { id: string; startsAt: string }[];
}

async function startedAppointment(time: string, day = 7): Promise<string> {
  const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
    BOOK,
    { input: { doctorId: watanabe.id, startsAt: weekday(day, time).toISOString(), reason: 'Persistent cough' } },
    patientHeaders,
  );
  await ok(operation('CheckInAppointment'), { id: bookAppointment.id }, patientHeaders);
  await ok(operation('StartAppointment'), { id: bookAppointment.id }, doctorHeaders);
  return bookAppointment.id;
}

const GOOD = {
  notes: {
    subjective: 'Dry cough for two weeks, worse at night. No fever.',
    objective: 'Chest clear on auscultation. Throat mildly erythematous.',
    assessment: 'Post-viral cough.',
    plan: 'Honey and fluids; review if not settling in two weeks.',
  },
  vitals: { systolicMmHg: 118, diastolicMmHg: 76, heartRateBpm: 84, temperatureCelsius: 36.9, oxygenSaturationPercent: 98, respiratoryRatePerMin: 16, weightKg: 31.5, heightCm: 135 },
  prescriptions: [
    { drug: 'dextromethorphan syrup', doseAmount: 5, doseUnit: 'ML', route: 'ORAL', frequency: 'AT_BEDTIME', durationDays: 7, refills: 0, instructions: 'Only at night.' },
  ],
  referrals: [
    { toSpecialty: 'Pulmonology', reason: 'If the cough persists beyond four weeks', urgency: 'ROUTINE' },
    { toDoctorId: demo.doctors[0]!.id, reason: 'Murmur heard on auscultation', urgency: 'URGENT' },
  ],
};

async function stored(appointmentId: string) {
  const [row] = await appointmentDb<{ subjective: string | null; vitals: string; prescriptions: string; referrals: string; follow_ups: string }>(
    `select c.subjective,
       (select count(*) from vital_signs v where v.consultation_id = c.id) as vitals,
       (select count(*) from prescription p where p.consultation_id = c.id) as prescriptions,
       (select count(*) from referral r where r.consultation_id = c.id) as referrals,
       (select count(*) from appointment a where a.follow_up_of_id = c.appointment_id) as follow_ups
     from consultation c where c.appointment_id = $1`,
    [appointmentId],
  );
  return row && { subjective: row.subjective, vitals: Number(row.vitals), prescriptions: Number(row.prescriptions), referrals: Number(row.referrals), followUps: Number(row.follow_ups) };
}

describe('consultation documentation', () => {
  let appointmentId: string;
  let documented: Documented;

  beforeAll(async () => {
    appointmentId = await startedAppointment('09:00');
  });

  it('opens an empty consultation when the doctor starts the appointment', async () => {
    expect(await stored(appointmentId)).toEqual({ subjective: null, vitals: 0, prescriptions: 0, referrals: 0, followUps: 0 });
  });

  it('saves notes, vitals, prescriptions and referrals written by the treating doctor', async () => {
    ({ documentConsultation: documented } = await ok<{ documentConsultation: Documented }>(DOCUMENT, { appointmentId, input: GOOD }, doctorHeaders));
    expect(documented.notes).toEqual(GOOD.notes);
    expect(documented.vitals).toEqual([expect.objectContaining({ ...GOOD.vitals, bmi: 17.3 })]);
    expect(documented.prescriptions).toEqual([expect.objectContaining(GOOD.prescriptions[0])]);
    expect(documented.referrals).toEqual([
      expect.objectContaining({ toSpecialty: 'Pulmonology', toDoctor: null, status: 'PENDING' }),
      expect.objectContaining({ toSpecialty: null, toDoctor: { name: demo.doctors[0]!.name }, status: 'PENDING' }),
    ]);
  });

  it.each([
    ['a heart rate of 400', { vitals: { heartRateBpm: 400 } }, 'input.vitals.heartRateBpm'],
    ['a temperature in Fahrenheit', { vitals: { temperatureCelsius: 98.6 } }, 'input.vitals.temperatureCelsius'],
    ['SpO2 above 100 %', { vitals: { oxygenSaturationPercent: 101 } }, 'input.vitals.oxygenSaturationPercent'],
    ['diastolic above systolic', { vitals: { systolicMmHg: 80, diastolicMmHg: 120 } }, 'input.vitals.diastolicMmHg'],
    ['half a blood pressure', { vitals: { systolicMmHg: 120 } }, 'input.vitals.diastolicMmHg'],
    ['a negative weight', { vitals: { weightKg: -70 } }, 'input.vitals.weightKg'],
    ['a prescription without a drug', { prescriptions: [{ ...GOOD.prescriptions[0], drug: ' ' }] }, 'input.prescriptions.0.drug'],
    ['a zero dose', { prescriptions: [{ ...GOOD.prescriptions[0], doseAmount: 0 }] }, 'input.prescriptions.0.doseAmount'],
    ['a year and a half of treatment', { prescriptions: [GOOD.prescriptions[0], { ...GOOD.prescriptions[0], durationDays: 540 }] }, 'input.prescriptions.1.durationDays'],
    ['20 refills', { prescriptions: [{ ...GOOD.prescriptions[0], refills: 20 }] }, 'input.prescriptions.0.refills'],
    ['a referral to both a doctor and a specialty', { referrals: [{ toDoctorId: demo.doctors[0]!.id, toSpecialty: 'Cardiology', reason: 'x' }] }, 'input.referrals.0.toDoctorId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, saving none of the rest', async (_, bad, field) => {
    const before = await stored(appointmentId);
    const body = await call(DOCUMENT, { appointmentId, input: { notes: { subjective: 'Overwritten?' }, prescriptions: GOOD.prescriptions, ...bad } }, doctorHeaders);
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(appointmentId)).toEqual(before);
  });

  it('lists every problem of a refused input', async () => {
    const body = await call(DOCUMENT, {
      appointmentId,
      input: { vitals: { heartRateBpm: 10, respiratoryRatePerMin: 90 }, prescriptions: [{ ...GOOD.prescriptions[0], refills: -1 }] },
    }, doctorHeaders);
    expect(body.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'input.vitals.heartRateBpm', message: 'must be between 20 and 250 bpm' },
      { field: 'input.vitals.respiratoryRatePerMin', message: 'must be between 4 and 60 breaths/min' },
      { field: 'input.prescriptions.0.refills', message: 'must be 0 to 11' },
    ]);
  });

  it('saves nothing when the follow-up cannot be booked: one transaction', async () => {
    const taken = weekday(8, '09:00');
    await ok(BOOK, { input: { doctorId: watanabe.id, startsAt: taken.toISOString() } }, as.patient(7));
    const before = await stored(appointmentId);
    const body = await call(DOCUMENT, {
      appointmentId,
      input: { notes: { plan: 'Changed plan' }, vitals: { heartRateBpm: 90 }, prescriptions: GOOD.prescriptions, followUp: { startsAt: taken.toISOString() } },
    }, doctorHeaders);
    expect(refusal(body)).toMatchObject({ code: 'CONFLICT', message: 'The doctor already has an appointment at this time' });
    expect(await stored(appointmentId)).toEqual(before);
  });

  it('books a follow-up through the booking rules, linked to the consultation', async () => {
    const outside = await call(FOLLOW_UP, { appointmentId, input: { startsAt: weekday(8, '12:30').toISOString() } }, doctorHeaders);
    expect(refusal(outside)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.followUp.startsAt' });

    const { scheduleFollowUp } = await ok<{ scheduleFollowUp: { id: string; status: string; reason: string; followUpOf: { id: string } } }>(
      FOLLOW_UP,
      { appointmentId, input: { startsAt: weekday(14, '09:00').toISOString(), durationMinutes: 15, reason: 'Cough review' } },
      doctorHeaders,
    );
    expect(scheduleFollowUp).toMatchObject({ status: 'SCHEDULED', reason: 'Cough review', followUpOf: { id: appointmentId } });
    const record = await ok<{ appointment: { consultation: { followUps: { startsAt: string }[] } } }>(RECORD, { appointmentId }, patientHeaders);
    expect(record.appointment.consultation.followUps).toEqual([{ startsAt: weekday(14, '09:00').toISOString(), status: 'SCHEDULED' }]);
  });

  it('lets only the treating doctor write', async () => {
    const input = { notes: { plan: 'Someone else’s plan' } };
    expect(refusal(await call(DOCUMENT, { appointmentId, input }, as.doctor(0))).code).toBe('FORBIDDEN');
    expect(refusal(await call(DOCUMENT, { appointmentId, input }, patientHeaders)).code).toBe('FORBIDDEN');
    expect(refusal(await call(DOCUMENT, { appointmentId, input }, as.admin())).code).toBe('FORBIDDEN');
    expect(refusal(await call(DOCUMENT, { appointmentId, input })).code).toBe('UNAUTHENTICATED');
  });

  it('lets the patient and admins read it, and nobody else', async () => {
    for (const headers of [patientHeaders, doctorHeaders, as.admin()]) {
      const record = await ok<{ appointment: { consultation: { notes: unknown; prescriptions: unknown[] } } }>(RECORD, { appointmentId }, headers);
      expect(record.appointment.consultation.notes).toEqual(GOOD.notes);
      expect(record.appointment.consultation.prescriptions).toHaveLength(1);
    }
    for (const headers of [as.patient(7), as.doctor(0)]) {
      const body = await call<{ appointment: { consultation: unknown } | null }>(RECORD, { appointmentId }, headers);
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      expect(body.data?.appointment?.consultation ?? null).toBeNull();
    }
    const byId = 'query($id: ID!) { consultation(id: $id) { id notes { assessment } } }';
    expect((await ok<{ consultation: { id: string } }>(byId, { id: documented.id }, as.admin())).consultation.id).toBe(documented.id);
    expect(refusal(await call(byId, { id: documented.id }, as.doctor(0))).code).toBe('FORBIDDEN');
  });

  it('refuses documentation before the consultation starts, with CONFLICT', async () => {
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      BOOK, { input: { doctorId: watanabe.id, startsAt: weekday(7, '11:00').toISOString() } }, patientHeaders);
    const body = await call(DOCUMENT, { appointmentId: bookAppointment.id, input: { notes: { subjective: 'Too early' } } }, doctorHeaders);
    expect(refusal(body)).toMatchObject({ code: 'CONFLICT' });
    expect(refusal(body).message).toContain('start it first');
  });

  it('moves referrals on: the doctor referred to accepts, the referrer may only cancel', async () => {
    const toOkafor = documented.referrals.find((r) => r.toDoctor)!;
    expect(refusal(await call(REFERRAL, { id: toOkafor.id, status: 'ACCEPTED' }, doctorHeaders)).code).toBe('FORBIDDEN');
    expect((await ok<{ updateReferralStatus: { status: string } }>(REFERRAL, { id: toOkafor.id, status: 'ACCEPTED' }, as.doctor(0))).updateReferralStatus.status).toBe('ACCEPTED');
    expect(refusal(await call(REFERRAL, { id: toOkafor.id, status: 'DECLINED' }, as.doctor(0))).code).toBe('CONFLICT');
    expect((await ok<{ updateReferralStatus: { status: string } }>(REFERRAL, { id: toOkafor.id, status: 'CANCELLED' }, doctorHeaders)).updateReferralStatus.status).toBe('CANCELLED');
  });

  it('takes addenda, not rewrites, after completion (the notes are final)', async () => {
    await ok(operation('CompleteAppointment'), { id: appointmentId }, doctorHeaders);
    const rewrite = await call(DOCUMENT, { appointmentId, input: { notes: { plan: 'Review in two weeks.' } } }, doctorHeaders);
    expect(refusal(rewrite)).toMatchObject({ code: 'CONFLICT', field: 'input.notes' });
    const { documentConsultation } = await ok<{ documentConsultation: Documented }>(DOCUMENT, { appointmentId, input: { addendum: 'Review in two weeks.' } }, doctorHeaders);
    expect(documentConsultation.notes).toEqual(GOOD.notes);
  });
});
