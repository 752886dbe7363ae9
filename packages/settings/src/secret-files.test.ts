import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSecretFiles, SECRET_SETTINGS } from './secret-files';

describe('resolveSecretFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secret-files-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads each secret setting from its file, without the trailing newline', () => {
    const env: NodeJS.ProcessEnv = {
      DATABASE_URL_FILE: file('db', 'postgres://u:p%40ss@db:5432/x\n'),
      SMTP_URL_FILE: file('smtp', 'smtps://u:p@mail:465\r\n'),
    };
    resolveSecretFiles(env);
    expect(env.DATABASE_URL).toBe('postgres://u:p%40ss@db:5432/x');
    expect(env.SMTP_URL).toBe('smtps://u:p@mail:465');
  });

  it('leaves settings without a file alone', () => {
    const env: NodeJS.ProcessEnv = { DATABASE_URL: 'postgres://db/x' };
    resolveSecretFiles(env);
    expect(env).toEqual({ DATABASE_URL: 'postgres://db/x' });
  });

  it('refuses both the value and the file, a missing file and an empty one', () => {
    expect(() => resolveSecretFiles({ DATABASE_URL: 'a', DATABASE_URL_FILE: file('both', 'b') })).toThrow(
      'Set DATABASE_URL or DATABASE_URL_FILE, not both',
    );
    expect(() => resolveSecretFiles({ NATS_PASSWORD_FILE: join(dir, 'missing') })).toThrow(/NATS_PASSWORD_FILE: cannot read .*ENOENT/);
    expect(() => resolveSecretFiles({ REDIS_URL_FILE: file('empty', '\n') })).toThrow(/REDIS_URL_FILE: .* is empty/);
  });

  it('reads only the listed secrets, not any variable ending in _FILE', () => {
    const env: NodeJS.ProcessEnv = { SERVICE_KEY_FILE: file('key', 'pem'), APP_FILE: file('app', 'x') };
    resolveSecretFiles(env);
    expect(env.SERVICE_KEY).toBeUndefined();
    expect(env.APP).toBeUndefined();
    expect(SECRET_SETTINGS).toContain('DATABASE_URL');
  });
});
