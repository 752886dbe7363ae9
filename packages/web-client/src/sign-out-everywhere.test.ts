import { signOutChannel } from './sign-out-everywhere';

// Node has BroadcastChannel too: channels of one name talk across instances, as tabs do.
const delivered = () => new Promise((r) => setTimeout(r, 50));

describe('signOutChannel', () => {
  it("ends the other tabs' sessions when one tab signs out, not its own twice", async () => {
    const heard = { a: 0, b: 0, otherApp: 0 };
    const a = signOutChannel('telemed.doctor.session', () => heard.a++)!;
    const b = signOutChannel('telemed.doctor.session', () => heard.b++)!;
    const otherApp = signOutChannel('telemed.patient.session', () => heard.otherApp++)!;
    a.announce();
    await delivered();
    expect(heard).toEqual({ a: 0, b: 1, otherApp: 0 });
    [a, b, otherApp].forEach((c) => c.close());
  });

  it('does nothing without BroadcastChannel', () => {
    expect(signOutChannel('x', () => undefined, null)).toBeNull();
  });
});
