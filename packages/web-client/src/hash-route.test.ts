import { matchRoute } from './hash-route';

describe('matchRoute', () => {
  it('reads the id after the prefix, decoded', () => {
    expect(matchRoute('/appointments/42', '/appointments')).toBe('42');
    expect(matchRoute('/appointments/a%20b', '/appointments')).toBe('a b');
  });

  it('matches nothing else', () => {
    expect(matchRoute('/', '/appointments')).toBeNull();
    expect(matchRoute('/appointments/', '/appointments')).toBeNull();
    expect(matchRoute('/appointments/1/2', '/appointments')).toBeNull();
    expect(matchRoute('/appointmentsx/1', '/appointments')).toBeNull();
  });

  it('answers null for a malformed escape rather than throwing while the app renders', () => {
    expect(matchRoute('/appointments/%E0%A4%A', '/appointments')).toBeNull();
  });
});
