import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { natsAuthFrom } from './nats-auth';

describe('natsAuthFrom', () => {
  it('is empty when nothing is configured (an external NATS without authentication)', () => {
    expect(natsAuthFrom({})).toEqual({});
    expect(natsAuthFrom({ NATS_USER: '', NATS_PASSWORD: '' })).toEqual({});
  });

  it('takes a user and password together, and refuses one without the other', () => {
    expect(natsAuthFrom({ NATS_USER: 'telemed', NATS_PASSWORD: 's3cret' })).toEqual({ user: 'telemed', pass: 's3cret' });
    expect(() => natsAuthFrom({ NATS_USER: 'telemed' })).toThrow(/NATS_USER and NATS_PASSWORD/);
    expect(() => natsAuthFrom({ NATS_PASSWORD: 's3cret' })).toThrow(/NATS_USER and NATS_PASSWORD/);
  });

  it('prefers a creds file, read at start-up', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nats-creds-')), 'service.creds');
    writeFileSync(file, '-----BEGIN NATS USER JWT-----\neyJ0eXAiOiJKV1QifQ.e30.x\n------END NATS USER JWT------\n');
    const auth = natsAuthFrom({ NATS_CREDS: file, NATS_USER: 'ignored', NATS_PASSWORD: 'ignored' });
    expect(auth.user).toBeUndefined();
    expect(typeof auth.authenticator).toBe('function');
    expect(() => natsAuthFrom({ NATS_CREDS: `${file}.missing` })).toThrow(/ENOENT/);
  });
});
