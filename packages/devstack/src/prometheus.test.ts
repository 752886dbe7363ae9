import { sampleSum } from './prometheus';

const exposition = `# HELP sql_queries_total SQL statements sent to PostgreSQL, by the first table they read or write
# TYPE sql_queries_total counter
sql_queries_total{table="appointment",service="appointment"} 12
sql_queries_total{service="appointment",table="waitlist_entry"} 3
sql_queries_total{table="odd \\"name\\"",service="appointment"} 1
http_requests_total{route="/graphql",status="200",service="appointment"} 40
process_cpu_seconds_total 1.5 1700000000000
`;

describe('sampleSum', () => {
  it('reads a counter by label, whatever the label order', () => {
    expect(sampleSum(exposition, 'sql_queries_total', { table: 'appointment' })).toBe(12);
    expect(sampleSum(exposition, 'sql_queries_total', { table: 'waitlist_entry' })).toBe(3);
  });

  it('handles escaped quotes in label values', () => {
    expect(sampleSum(exposition, 'sql_queries_total', { table: 'odd "name"' })).toBe(1);
  });

  it('sums every matching sample', () => {
    expect(sampleSum(exposition, 'sql_queries_total', { service: 'appointment' })).toBe(16);
  });

  it('reads samples without labels, with a timestamp', () => {
    expect(sampleSum(exposition, 'process_cpu_seconds_total')).toBe(1.5);
  });

  it('is 0 for a series that was never incremented', () => {
    expect(sampleSum(exposition, 'sql_queries_total', { table: 'payment' })).toBe(0);
  });
});
