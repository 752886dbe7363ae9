import { redactPassword } from './redact-url';

describe('redactPassword', () => {
  it('hides the password of a PostgreSQL URL', () => {
    expect(redactPassword('postgres://postgres:secret@127.0.0.1:5433/postgres')).toBe(
      'postgres://postgres:***@127.0.0.1:5433/postgres',
    );
  });

  it('leaves URLs without a password alone', () => {
    expect(redactPassword('nats://127.0.0.1:4222')).toBe('nats://127.0.0.1:4222');
  });

  it('never echoes something it cannot parse, which may be a secret', () => {
    expect(redactPassword('not a url with hunter2')).toBe('[unparseable URL]');
  });
});
