import { parsePidFile } from './pid-file';

describe('parsePidFile', () => {
  it('reads the pid on the first line of a postmaster.pid', () => {
    expect(parsePidFile('4242\n/work/.data/postgres\n1700000000\n54321\n\n127.0.0.1\n')).toBe(4242);
  });

  it('reads a bare pid as nats-server writes it', () => {
    expect(parsePidFile('17')).toBe(17);
  });

  it('rejects text that does not start with a positive pid', () => {
    expect(parsePidFile('')).toBeUndefined();
    expect(parsePidFile('0\n')).toBeUndefined();
    expect(parsePidFile('abc\n12\n')).toBeUndefined();
    expect(parsePidFile('-5\n')).toBeUndefined();
  });
});
