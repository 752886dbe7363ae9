import { DoctorScheduleShape, freeSlots, scheduleProblem, type DoctorSchedule } from './schedule';

const at = (iso: string) => new Date(iso);
// 2026-11-30 is a Monday.
const schedule: DoctorSchedule = DoctorScheduleShape.parse({
  workingHours: [
    { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '11:00', slotMinutes: 30 },
    { dayOfWeek: 'MONDAY', startTime: '14:00', endTime: '15:00', slotMinutes: 20 },
    { dayOfWeek: 'WEDNESDAY', startTime: '22:00', endTime: '24:00', slotMinutes: 60 },
  ],
  timeOff: [{ startsAt: '2026-12-02T23:00:00.000Z', endsAt: '2026-12-03T08:00:00.000Z' }],
});
const starts = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString().slice(5, 16));

describe('freeSlots', () => {
  const now = at('2026-11-29T12:00:00Z');

  it('cuts each block into slots of its own length, by start', () => {
    const slots = freeSlots({ from: at('2026-11-30T00:00:00Z'), to: at('2026-12-07T00:00:00Z'), now, schedule, busy: [] });
    expect(starts(slots)).toEqual([
      '11-30T09:00', '11-30T09:30', '11-30T10:00', '11-30T10:30',
      '11-30T14:00', '11-30T14:20', '11-30T14:40',
      '12-02T22:00',
    ]);
    expect(slots[4]!.endsAt.toISOString()).toBe('2026-11-30T14:20:00.000Z');
  });

  it('leaves out booked and held time, time off and slots already begun', () => {
    const busy = [
      { startsAt: at('2026-11-30T09:30:00Z'), endsAt: at('2026-11-30T09:40:00Z') },
      { startsAt: at('2026-11-30T14:10:00Z'), endsAt: at('2026-11-30T14:30:00Z') },
    ];
    const slots = freeSlots({ from: at('2026-11-30T00:00:00Z'), to: at('2026-12-07T00:00:00Z'), now: at('2026-11-30T09:05:00Z'), schedule, busy });
    // 09:00 has begun; 09:30, 14:00 and 14:20 touch bookings; 23:00 Wednesday is time off.
    expect(starts(slots)).toEqual(['11-30T10:00', '11-30T10:30', '11-30T14:40', '12-02T22:00']);
  });

  it('keeps to [from, to), which may start and end mid-day', () => {
    const slots = freeSlots({ from: at('2026-11-30T09:30:00Z'), to: at('2026-11-30T14:20:00Z'), now, schedule, busy: [] });
    expect(starts(slots)).toEqual(['11-30T09:30', '11-30T10:00', '11-30T10:30', '11-30T14:00']);
  });

  it('is empty for a doctor without working hours', () => {
    expect(freeSlots({ from: at('2026-11-30T00:00:00Z'), to: at('2026-12-30T00:00:00Z'), now, schedule: { workingHours: [], timeOff: [] }, busy: [] })).toEqual([]);
  });
});

describe('scheduleProblem', () => {
  const interval = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

  it('accepts intervals inside one block, aligned to slots or not', () => {
    expect(scheduleProblem(schedule, interval('2026-11-30T09:00:00Z', '2026-11-30T09:30:00Z'))).toBeNull();
    expect(scheduleProblem(schedule, interval('2026-11-30T10:40:00Z', '2026-11-30T11:00:00Z'))).toBeNull();
    expect(scheduleProblem(schedule, interval('2026-12-02T22:00:00Z', '2026-12-02T22:30:00Z'))).toBeNull();
  });

  it('refuses intervals outside working hours or across blocks', () => {
    expect(scheduleProblem(schedule, interval('2026-11-30T08:45:00Z', '2026-11-30T09:15:00Z'))).toMatch('working hours');
    expect(scheduleProblem(schedule, interval('2026-11-30T10:45:00Z', '2026-11-30T14:15:00Z'))).toMatch('working hours');
    expect(scheduleProblem(schedule, interval('2026-12-01T09:00:00Z', '2026-12-01T09:30:00Z'))).toMatch('working hours');
  });

  it('refuses intervals in time off', () => {
    expect(scheduleProblem(schedule, interval('2026-12-02T23:00:00Z', '2026-12-02T23:30:00Z'))).toMatch('time off');
  });
});

describe('DoctorScheduleShape', () => {
  it('refuses a malformed representation', () => {
    expect(DoctorScheduleShape.safeParse({ workingHours: [{ dayOfWeek: 'MONDAY', startTime: '9am', endTime: '10:00', slotMinutes: 30 }], timeOff: [] }).success).toBe(false);
  });
});
