import { AggregateLanes } from './consumer';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('AggregateLanes', () => {
  it('keeps one aggregate in order and runs others beside it, within the bound', async () => {
    const lanes = new AggregateLanes(3);
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      running--;
    };
    await lanes.run('a', task('a1', 30));
    await lanes.run('a', task('a2', 1));
    await lanes.run('b', task('b1', 1));
    await lanes.run('c', task('c1', 1));
    await lanes.run('d', task('d1', 1));
    await lanes.drain();
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('goes on after a task fails', async () => {
    const lanes = new AggregateLanes(2);
    const done: string[] = [];
    await lanes.run('a', async () => {
      await tick();
      throw new Error('boom');
    });
    await lanes.run('a', async () => void done.push('after'));
    await lanes.drain();
    expect(done).toEqual(['after']);
  });
});
