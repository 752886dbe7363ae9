import { decoyHash, hashPassword, verifyPassword } from './passwords';

/** `$argon2id$v=19$m=19456,t=2,p=1$...`: the algorithm and cost parameters of a PHC string. */
const parameters = (phc: string) => phc.split('$').slice(1, 4).join('$');

describe('passwords', () => {
  it('makes the decoy hash with the parameters of every stored hash, so verifying it costs the same', async () => {
    expect(parameters(await decoyHash())).toBe(parameters(await hashPassword('a real user password')));
    expect(parameters(await decoyHash())).toBe('argon2id$v=19$m=19456,t=2,p=1');
  });

  it('says no without a hash, after as much argon2 work as a wrong password against a real hash', async () => {
    const stored = await hashPassword('the right password');
    const time = async (hash: string | null) => {
      const started = performance.now();
      expect(await verifyPassword(hash, 'a wrong password')).toBe(false);
      return performance.now() - started;
    };
    await time(null); // warm-up
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const decoy: number[] = [];
    const real: number[] = [];
    for (let i = 0; i < 5; i++) {
      decoy.push(await time(null));
      real.push(await time(stored));
    }
    // Skipping argon2 would answer in microseconds; both take milliseconds of the same work.
    expect(median(decoy) / median(real)).toBeGreaterThan(1 / 3);
    expect(median(decoy) / median(real)).toBeLessThan(3);
    expect(await verifyPassword(stored, 'the right password')).toBe(true);
  });
});
