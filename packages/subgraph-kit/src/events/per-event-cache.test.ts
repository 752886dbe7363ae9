import { perEventCache } from './per-event-cache';

describe('perEventCache', () => {
  it('loads once per event and retries after a failure', async () => {
    const shared = perEventCache<number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([shared('e1', load), shared('e1', load), shared('e2', load)])).toEqual([1, 1, 2]);
    const failing = perEventCache<number>();
    await expect(failing('e3', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await new Promise((r) => setImmediate(r));
    expect(await failing('e3', load)).toBe(3);
  });
});
