import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createMetrics } from './metrics';

/**
 * The Grafana dashboard (deploy/grafana/telemed.json) and the Prometheus
 * alert rules (deploy/prometheus/alerts.yml) must only name metrics the
 * services register: a renamed metric would otherwise leave an empty panel
 * or an alert that can never fire. Registered means: declared by a
 * prom-client constructor (`new Counter({ name: '...' })`, Gauge, Histogram,
 * Summary) in the services' sources, or one of prom-client's default
 * process metrics every service collects.
 */
const root = join(__dirname, '../../..');
const SOURCE_ROOTS = ['packages', 'gateway', 'subgraphs'];
/** Series Prometheus itself writes for each scrape target. */
const PROMETHEUS_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);
const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'le', 'inf', 'nan']);
const HISTOGRAM_SUFFIXES = ['_bucket', '_sum', '_count'];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === '__generated__' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && relative(root, path).includes('/src/')) files.push(path);
  }
  return files;
}

async function registeredMetrics(): Promise<Set<string>> {
  const names = new Set<string>();
  const declaration = /new (?:Counter|Gauge|Histogram|Summary)(?:<[^>]*>)?\(\{\s*name:\s*'([a-zA-Z_:][a-zA-Z0-9_:]*)'/g;
  for (const dir of SOURCE_ROOTS)
    for (const file of sourceFiles(join(root, dir)))
      for (const match of readFileSync(file, 'utf8').matchAll(declaration)) names.add(match[1]!);
  // prom-client's default metrics (process_*, nodejs_*), as every service's registry has them.
  for (const metric of await createMetrics('probe').registry.getMetricsAsJSON()) names.add(metric.name);
  return names;
}

/** Metric names a PromQL expression reads (not functions, keywords, labels or durations). */
function metricsIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const names: string[] = [];
  for (const match of bare.matchAll(/(?<![\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const after = bare.slice(match.index + match[0].length).trimStart();
    if (after.startsWith('(') || PROMQL_WORDS.has(match[0].toLowerCase())) continue;
    names.push(match[0]);
  }
  return names;
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  if (registered.has(name) || PROMETHEUS_SERIES.has(name)) return true;
  return HISTOGRAM_SUFFIXES.some((suffix) => name.endsWith(suffix) && registered.has(name.slice(0, -suffix.length)));
}

function dashboardExpressions(): string[] {
  const dashboard = JSON.parse(readFileSync(join(root, 'deploy/grafana/telemed.json'), 'utf8')) as {
    panels: { targets?: { expr: string }[] }[];
    templating: { list: { query?: unknown }[] };
  };
  const expressions = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
  // Template variables: `label_values(<metric>, <label>)` reads the metric only.
  for (const variable of dashboard.templating.list) {
    const match = typeof variable.query === 'string' ? /^label_values\(([^,)]+)/.exec(variable.query) : null;
    if (match) expressions.push(match[1]!);
  }
  return expressions;
}

function alertExpressions(): string[] {
  const rules = parse(readFileSync(join(root, 'deploy/prometheus/alerts.yml'), 'utf8')) as {
    groups: { rules: { alert?: string; expr: string }[] }[];
  };
  return rules.groups.flatMap((group) => group.rules.map((rule) => rule.expr));
}

describe('monitoring configuration', () => {
  it('reads metric names out of PromQL and nothing else', () => {
    expect(
      metricsIn(
        'histogram_quantile(0.95, sum by (le, operation) (rate(gateway_operation_duration_seconds_bucket{instance=~"$instance", code="A_B"}[$__rate_interval]))) > 1e3',
      ),
    ).toEqual(['gateway_operation_duration_seconds_bucket']);
    expect(metricsIn('max by (consumer) (delta(events_dead_letters[30m])) > 10 and on (service) up == 0')).toEqual([
      'events_dead_letters',
      'up',
    ]);
  });

  it('the dashboard and the alerts name only metrics the services register', async () => {
    const registered = await registeredMetrics();
    for (const name of ['gateway_operation_duration_seconds', 'events_dead_letters', 'service_client_circuit_state', 'process_resident_memory_bytes'])
      expect(registered.has(name)).toBe(true);
    const dashboard = dashboardExpressions();
    const alerts = alertExpressions();
    expect(dashboard.length).toBeGreaterThan(10);
    expect(alerts.length).toBeGreaterThan(5);
    const unknown = [...dashboard, ...alerts].flatMap(metricsIn).filter((name) => !isRegistered(name, registered));
    expect(unknown).toEqual([]);
  });

  it('would notice a metric that does not exist', async () => {
    const registered = await registeredMetrics();
    expect(metricsIn('rate(gateway_operations_typo_total[5m])').filter((name) => !isRegistered(name, registered))).toEqual([
      'gateway_operations_typo_total',
    ]);
  });

  it('every alert has a severity and a summary', () => {
    const rules = parse(readFileSync(join(root, 'deploy/prometheus/alerts.yml'), 'utf8')) as {
      groups: { rules: { alert: string; labels?: { severity?: string }; annotations?: { summary?: string } }[] }[];
    };
    for (const rule of rules.groups.flatMap((group) => group.rules)) {
      expect({ alert: rule.alert, severity: rule.labels?.severity, summary: typeof rule.annotations?.summary }).toEqual({
        alert: rule.alert,
        severity: expect.stringMatching(/^(page|ticket)$/),
        summary: 'string',
      });
    }
  });
});
