import { as, call, demo, ok, refusal, weekday } from '../../../test/clinical';

const petrova = demo.doctors[5]!;
const HOURS = 'query($id: ID!) { doctor(id: $id) { workingHours { dayOfWeek startTime endTime slotMinutes } timeOff { id startsAt endsAt reason } } }';
const SET = 'mutation($id: ID!, $hours: [WorkingHoursInput!]!) { setWorkingHours(doctorId: $id, hours: $hours) { workingHours { dayOfWeek startTime endTime slotMinutes } } }';
const ADD = 'mutation($id: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $id, input: $input) { id startsAt endsAt reason } }';
const REMOVE = 'mutation($id: ID!) { removeTimeOff(id: $id) { timeOff { id } } }';

type Hours = { dayOfWeek: string; startTime: string; endTime: string; slotMinutes: number };
type Doctor = { doctor: { workingHours: Hours[]; timeOff: { id: string; startsAt: string; endsAt: string; reason: string | null }[] } };

describe("a doctor's calendar", () => {
  let original: Hours[];

  beforeAll(async () => {
    original = (await ok<Doctor>(HOURS, { id: petrova.id })).doctor.workingHours;
  });

  afterAll(async () => {
    await ok(SET, { id: petrova.id, hours: original }, as.doctor(5));
  });

  it('publishes working hours, and when (not why) time off falls', async () => {
    const { doctor } = await ok<Doctor>(HOURS, { id: petrova.id }, as.patient(1));
    expect(doctor.workingHours).toContainEqual({ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00', slotMinutes: 30 });
    expect(doctor.workingHours.map((h) => h.dayOfWeek)).not.toContain('SUNDAY');
    const leave = demo.timeOff.find((t) => t.doctorId === petrova.id)!;
    expect(doctor.timeOff).toEqual([{ id: leave.id, startsAt: leave.startsAt.toISOString(), endsAt: leave.endsAt.toISOString(), reason: null }]);
    const own = await ok<Doctor>(HOURS, { id: petrova.id }, as.doctor(5));
    expect(own.doctor.timeOff[0]!.reason).toBe('Annual leave');
  });

  it('replaces working hours, for the doctor or an admin only', async () => {
    const hours = [
      { dayOfWeek: 'TUESDAY', startTime: '08:00', endTime: '12:00', slotMinutes: 20 },
      { dayOfWeek: 'TUESDAY', startTime: '13:00', endTime: '24:00' },
    ];
    const { setWorkingHours } = await ok<{ setWorkingHours: { workingHours: Hours[] } }>(SET, { id: petrova.id, hours }, as.doctor(5));
    expect(setWorkingHours.workingHours).toEqual([{ ...hours[0] }, { ...hours[1], slotMinutes: 30 }]);
    await ok(SET, { id: petrova.id, hours: original }, as.admin());
    expect(refusal(await call(SET, { id: petrova.id, hours }, as.doctor(4))).code).toBe('FORBIDDEN');
    expect(refusal(await call(SET, { id: petrova.id, hours }, as.patient(1))).code).toBe('FORBIDDEN');
  });

  it.each([
    ['overlapping blocks', [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' }, { dayOfWeek: 'MONDAY', startTime: '11:00', endTime: '13:00' }], 'hours.1.startTime'],
    ['an end before the start', [{ dayOfWeek: 'MONDAY', startTime: '12:00', endTime: '09:00' }], 'hours.0.endTime'],
    ['a malformed time', [{ dayOfWeek: 'MONDAY', startTime: '9am', endTime: '12:00' }], 'hours.0.startTime'],
    ['slots longer than the block', [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '09:20', slotMinutes: 30 }], 'hours.0.slotMinutes'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, hours, field) => {
    expect(refusal(await call(SET, { id: petrova.id, hours }, as.doctor(5)))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await ok<Doctor>(HOURS, { id: petrova.id })).doctor.workingHours).toEqual(original);
  });

  it('adds and removes time off', async () => {
    const input = { startsAt: weekday(21, '09:00').toISOString(), endsAt: weekday(21, '17:00').toISOString(), reason: 'Endocrine society meeting' };
    const { addTimeOff } = await ok<{ addTimeOff: { id: string; reason: string } }>(ADD, { id: petrova.id, input }, as.doctor(5));
    expect(addTimeOff).toMatchObject(input);
    expect((await ok<Doctor>(HOURS, { id: petrova.id })).doctor.timeOff.map((t) => t.id)).toContain(addTimeOff.id);
    expect(refusal(await call(REMOVE, { id: addTimeOff.id }, as.doctor(4))).code).toBe('FORBIDDEN');
    await ok(REMOVE, { id: addTimeOff.id }, as.doctor(5));
    expect((await ok<Doctor>(HOURS, { id: petrova.id })).doctor.timeOff.map((t) => t.id)).not.toContain(addTimeOff.id);
    const backwards = await call(ADD, { id: petrova.id, input: { startsAt: input.endsAt, endsAt: input.startsAt } }, as.doctor(5));
    expect(refusal(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
  });
});
