import { appointmentDb, as, call, demo, ok, operation, refusal, weekday } from '../../../test/clinical';

const BOOK = operation('BookAppointment');
const CANCEL = operation('CancelAppointment');
const JOIN = operation('JoinWaitlist');
const LIST = operation('MyWaitlist');
const CLAIM = operation('ClaimWaitlistOffer');
const SLOTS = operation('AvailableSlots');

const raman = demo.doctors[4]!; // Mon-Thu 09-12 and 14-16 UTC
const thursday = { from: weekday(10).toISOString(), to: weekday(11).toISOString() };
const nine = weekday(10, '09:00').toISOString();

interface Entry {
  id: string;
  status: string;
  offer: { startsAt: string; endsAt: string; expiresAt: string } | null;
  appointment: { id: string; startsAt: string } | null;
  patient: { id: string };
}
type Listed = { waitlist: { edges: { node: Entry }[] } };

async function join(patient: number): Promise<string> {
  const { joinWaitlist } = await ok<{ joinWaitlist: { id: string; status: string } }>(JOIN, { input: { doctorId: raman.id, ...thursday } }, as.patient(patient));
  expect(joinWaitlist.status).toBe('WAITING');
  return joinWaitlist.id;
}

async function entryOf(patient: number): Promise<Entry> {
  const { waitlist } = await ok<Listed>(LIST, { filter: { doctorId: raman.id } }, as.patient(patient));
  return waitlist.edges.at(-1)!.node;
}

async function book(patient: number, startsAt: string) {
  return call<{ bookAppointment: { id: string } }>(BOOK, { input: { doctorId: raman.id, startsAt } }, as.patient(patient));
}

describe('waitlist', () => {
  let bookedId: string;

  beforeAll(async () => {
    bookedId = (await book(8, nine)).data!.bookAppointment.id;
  });

  it('puts patients in line once per doctor', async () => {
    await join(9);
    await join(10);
    expect(refusal(await call(JOIN, { input: { doctorId: raman.id, ...thursday } }, as.patient(9))).code).toBe('CONFLICT');
    const tooFar = await call(JOIN, { input: { doctorId: raman.id, to: weekday(90).toISOString() } }, as.patient(11));
    expect(refusal(tooFar)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(refusal(await call(JOIN, { input: { doctorId: raman.id, ...thursday } }, as.doctor(4))).code).toBe('FORBIDDEN');
  });

  it('holds a freed slot for the first in line, and for nobody else', async () => {
    await ok(CANCEL, { id: bookedId, reason: 'Travelling' }, as.patient(8));
    const first = await entryOf(9);
    expect(first.status).toBe('OFFERED');
    expect(first.offer).toMatchObject({ startsAt: nine, endsAt: weekday(10, '09:30').toISOString() });
    const holdMinutes = (Date.parse(first.offer!.expiresAt) - Date.now()) / 60_000;
    expect(holdMinutes).toBeGreaterThan(13);
    expect(holdMinutes).toBeLessThanOrEqual(15);
    expect((await entryOf(10)).status).toBe('WAITING');

    // The held slot is not offered to others, nor bookable by them.
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(SLOTS, { doctorId: raman.id, ...thursday });
    expect(slots.doctor.availableSlots.map((s) => s.startsAt)).not.toContain(nine);
    expect(refusal(await book(11, nine))).toMatchObject({ code: 'CONFLICT' });
    expect(refusal(await book(11, nine)).message).toContain('held for a waitlisted patient');
  });

  it('lets only the patient it is held for claim it, through the booking path', async () => {
    const first = await entryOf(9);
    const second = await entryOf(10);
    expect(refusal(await call(CLAIM, { id: first.id }, as.patient(10))).code).toBe('FORBIDDEN');
    expect(refusal(await call(CLAIM, { id: second.id }, as.patient(10))).code).toBe('CONFLICT');

    const { claimWaitlistOffer } = await ok<{ claimWaitlistOffer: { id: string; status: string; startsAt: string } }>(CLAIM, { id: first.id }, as.patient(9));
    expect(claimWaitlistOffer).toMatchObject({ status: 'SCHEDULED', startsAt: nine });
    const claimed = await entryOf(9);
    expect(claimed).toMatchObject({ status: 'BOOKED', appointment: { id: claimWaitlistOffer.id } });
    expect(refusal(await call(CLAIM, { id: first.id }, as.patient(9))).code).toBe('CONFLICT');
  });

  it('lets an unclaimed offer lapse and passes the slot on to the next in line', async () => {
    const claimed = await entryOf(9);
    await ok(CANCEL, { id: claimed.appointment!.id }, as.patient(9));
    const second = await entryOf(10);
    expect(second.status).toBe('OFFERED');
    await join(11);

    // Fifteen minutes pass (the test moves the expiry instead of waiting).
    await appointmentDb('update waitlist_entry set offer_expires_at = now() - interval \'1 second\' where id = $1', [second.id]);
    expect((await entryOf(10)).status).toBe('EXPIRED');
    const late = await call(CLAIM, { id: second.id }, as.patient(10));
    expect(refusal(late)).toMatchObject({ code: 'CONFLICT' });
    expect(refusal(late).message).toContain('expired');

    // The next change to the doctor's calendar stores the lapse and offers the slot to the next in line.
    await book(7, weekday(10, '11:00').toISOString());
    expect((await entryOf(11)).status).toBe('OFFERED');
    const { waitlist } = await ok<Listed>(LIST, { filter: { statuses: ['EXPIRED'] } }, as.doctor(4));
    expect(waitlist.edges.map((e) => e.node.id)).toContain(second.id);
  });

  it('shows doctors their line and patients only their own entries', async () => {
    const { waitlist: line } = await ok<Listed>(LIST, {}, as.doctor(4));
    expect(new Set(line.edges.map((e) => e.node.patient.id))).toEqual(new Set([9, 10, 11].map((i) => demo.patients[i]!.id)));
    const { waitlist: own } = await ok<Listed>(LIST, {}, as.patient(10));
    expect(own.edges.every((e) => e.node.patient.id === demo.patients[10]!.id)).toBe(true);
    expect(refusal(await call(LIST, { filter: { patientId: demo.patients[9]!.id } }, as.patient(10))).code).toBe('FORBIDDEN');
  });

  it('takes an entry off the waitlist, passing a held slot on', async () => {
    const held = await entryOf(11);
    const left = await ok<{ leaveWaitlist: { status: string } }>('mutation($id: ID!) { leaveWaitlist(id: $id) { status } }', { id: held.id }, as.patient(11));
    expect(left.leaveWaitlist.status).toBe('CANCELLED');
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(SLOTS, { doctorId: raman.id, ...thursday });
    expect(slots.doctor.availableSlots.map((s) => s.startsAt)).toContain(nine);
  });
});
