import { logFormat, prettyLine } from './pretty-log';

describe('logFormat', () => {
  it('is pretty in a terminal and JSON elsewhere unless LOG_FORMAT says', () => {
    expect(logFormat({}, true)).toBe('pretty');
    expect(logFormat({}, false)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('refuses an unknown format', () => {
    expect(() => logFormat({ LOG_FORMAT: 'yaml' }, true)).toThrow('LOG_FORMAT must be "json" or "pretty", got "yaml"');
  });
});

describe('prettyLine', () => {
  it('shows time, level, service and message, then the other fields', () => {
    const json = JSON.stringify({ level: 'info', time: '2026-12-04T18:52:01.123Z', service: 'devstack', msg: 'service healthy', serviceName: 'identity', port: 4001, pid: 7 });
    expect(prettyLine(json, { colour: false })).toBe('18:52:01 INFO  devstack     service healthy serviceName=identity port=4001\n');
  });

  it('prints an error’s stack under its line, and quotes values with spaces', () => {
    const json = JSON.stringify({ level: 'error', time: '2026-12-04T18:52:01.123Z', service: 'gateway', msg: 'failed', reason: 'two words', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(prettyLine(json, { colour: false })).toBe('18:52:01 ERROR gateway      failed reason="two words"\nError: boom\n    at x\n');
  });

  it('passes through what is not JSON', () => {
    expect(prettyLine('plain text', { colour: false })).toBe('plain text\n');
  });
});
