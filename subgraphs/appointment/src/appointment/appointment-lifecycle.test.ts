import { ConflictError } from '@telemed/subgraph-kit/errors';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from './appointment.entity';
import { holdsTime, nextStatus, type ChangeAction } from './appointment-lifecycle';

const startsAt = new Date('2026-11-30T09:00:00Z');
const before = { now: new Date('2026-11-30T08:00:00Z'), startsAt };
const after = { now: new Date('2026-11-30T09:10:00Z'), startsAt };

// Every (status, action) pair the machine accepts, and where it leads.
const VALID: [AppointmentStatus, ChangeAction, AppointmentStatus][] = [
  ['SCHEDULED', 'RESCHEDULE', 'SCHEDULED'],
  ['SCHEDULED', 'CHECK_IN', 'CHECKED_IN'],
  ['SCHEDULED', 'CANCEL', 'CANCELLED'],
  ['SCHEDULED', 'MARK_NO_SHOW', 'NO_SHOW'],
  ['CHECKED_IN', 'START', 'IN_PROGRESS'],
  ['CHECKED_IN', 'CANCEL', 'CANCELLED'],
  ['CHECKED_IN', 'MARK_NO_SHOW', 'NO_SHOW'],
  ['IN_PROGRESS', 'COMPLETE', 'COMPLETED'],
];
const ACTIONS: ChangeAction[] = ['RESCHEDULE', 'CHECK_IN', 'START', 'COMPLETE', 'CANCEL', 'MARK_NO_SHOW'];

describe('appointment lifecycle', () => {
  it.each(VALID)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action, after)).toBe(to);
  });

  const invalid = APPOINTMENT_STATUSES.flatMap((status) =>
    ACTIONS.filter((action) => !VALID.some(([s, a]) => s === status && a === action)).map((action) => [status, action] as const),
  );

  it.each(invalid)('refuses %s --%s-- with CONFLICT', (status, action) => {
    expect(() => nextStatus(status, action, after)).toThrow(ConflictError);
  });

  it('covers every pair of status and action', () => {
    expect(VALID.length + invalid.length).toBe(APPOINTMENT_STATUSES.length * ACTIONS.length);
  });

  it('says what is allowed', () => {
    expect(() => nextStatus('COMPLETED', 'CANCEL', after)).toThrow(
      'Cannot cancel an appointment that is COMPLETED; only SCHEDULED or CHECKED_IN appointments can be',
    );
  });

  it('marks no-shows only once the appointment has begun', () => {
    expect(() => nextStatus('SCHEDULED', 'MARK_NO_SHOW', before)).toThrow('before the appointment starts');
    expect(nextStatus('SCHEDULED', 'MARK_NO_SHOW', after)).toBe('NO_SHOW');
  });

  it('frees the time of cancelled appointments and no-shows only', () => {
    expect(APPOINTMENT_STATUSES.filter((s) => !holdsTime(s))).toEqual(['CANCELLED', 'NO_SHOW']);
  });
});
