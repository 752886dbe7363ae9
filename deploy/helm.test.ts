import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subgraphNames } from '@telemed/topology/subgraphs';
import { manifestsOf, renderChart } from './helm-render';
import { validateManifests } from './kubernetes-schemas';

/**
 * The Helm chart, rendered without helm (deploy/helm-render.ts) and checked
 * against the Kubernetes schemas and against what it must hold. Where helm
 * and kubeconform exist, .ci/run renders and validates it with them as well.
 */
const chart = join(__dirname, 'helm', 'telemed');
const required = { gateway: { corsOrigins: 'https://doctor.example.test,https://patient.example.test' }, storageFiles: { publicUrl: 'https://api.example.test/files' } };

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data?: Record<string, string>;
}

function render(values: Record<string, unknown> = {}): Manifest[] {
  return manifestsOf(renderChart(chart, { release: 'tm', namespace: 'telemed', values: { ...required, ...values } })) as unknown as Manifest[];
}

const find = (manifests: Manifest[], kind: string, name: string): Manifest => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};

describe('deploy/helm/telemed', () => {
  const manifests = render({ nats: { networkPolicy: { enabled: true } } });
  const services = ['gateway', ...subgraphNames];

  it('renders manifests that the Kubernetes schemas accept', () => {
    expect(manifests.length).toBeGreaterThan(40);
    const problems = validateManifests(manifests).flatMap((problem, i) => (problem ? [`${manifests[i]!.kind} ${manifests[i]!.metadata.name}: ${problem}`] : []));
    expect(problems).toEqual([]);
  });

  it('the schema check refuses malformed manifests (a port as text, a selector as text, a misspelt kind)', () => {
    const deployment = structuredClone(find(manifests, 'Deployment', 'tm-gateway'));
    deployment.spec!.template.spec.containers[0].ports[0].containerPort = 'http';
    const pdb = structuredClone(find(manifests, 'PodDisruptionBudget', 'tm-gateway'));
    pdb.spec!.selector = 'gateway';
    const [port, selector, unknownKind] = validateManifests([deployment, pdb, { apiVersion: 'apps/v1', kind: 'Deployement', metadata: { name: 'x' } }]);
    expect(port).toMatch(/containerPort must be integer/);
    expect(selector).toMatch(/selector must be object/);
    expect(unknownKind).toMatch(/no schema for apps\/v1 Deployement/);
  });

  it('refuses to render without the apps’ CORS origins or the public files URL', () => {
    expect(() => renderChart(chart, { release: 'tm', values: { storageFiles: required.storageFiles } })).toThrow(/gateway.corsOrigins/);
    expect(() => renderChart(chart, { release: 'tm', values: { gateway: required.gateway } })).toThrow(/storageFiles.publicUrl/);
  });

  it('probes the gateway’s readiness on its operations port, which no Service exposes', () => {
    const [container] = find(manifests, 'Deployment', 'tm-gateway').spec!.template.spec.containers;
    expect(container.readinessProbe.httpGet.port).toBe('ops');
    expect(container.ports.find((p: { name: string }) => p.name === 'ops').containerPort).toBe(4090);
    const ports = find(manifests, 'Service', 'tm-gateway').spec!.ports.map((p: { port: number }) => p.port);
    expect(ports).not.toContain(4090);
  });

  it('runs the gateway under an HPA and every service with probes, resources, a PDB and a locked-down container', () => {
    const hpa = find(manifests, 'HorizontalPodAutoscaler', 'tm-gateway');
    expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'tm-gateway' });
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    for (const service of services) {
      const deployment = find(manifests, 'Deployment', `tm-${service}`);
      const pod = deployment.spec!.template.spec;
      const [container] = pod.containers;
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
      expect(container.readinessProbe.httpGet.path).toBe('/readyz');
      expect(container.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
      expect(container.resources.limits.memory).toEqual(expect.any(String));
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(pod.automountServiceAccountToken).toBe(false);
      // Its own Secret and the public bundle, nothing else.
      const secrets = pod.volumes.filter((v: { secret?: unknown }) => v.secret).map((v: { secret: { secretName: string } }) => v.secret.secretName);
      expect(secrets).toEqual([`tm-${service}`]);
      const pdb = find(manifests, 'PodDisruptionBudget', `tm-${service}`);
      expect(pdb.spec!.selector.matchLabels).toEqual(deployment.spec!.selector.matchLabels);
      expect(find(manifests, 'Service', `tm-${service}`).spec!.selector).toEqual(deployment.spec!.selector.matchLabels);
    }
  });

  it('migrates each subgraph in a pre-install/pre-upgrade Job, not at pod start, on its own provisioned database', () => {
    for (const name of subgraphNames) {
      const job = find(manifests, 'Job', `tm-${name}-migrate`);
      expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      const [container] = job.spec!.template.spec.containers;
      expect(container.args).toEqual([`subgraphs/${name}/src/index.js`, 'migrate']);
      expect(job.spec!.template.spec.volumes.map((v: { secret: { secretName: string } }) => v.secret.secretName)).toEqual([`tm-${name}`]);
      const config = find(manifests, 'ConfigMap', `tm-${name}`).data!;
      expect(config).toMatchObject({
        MIGRATE_ON_START: 'false',
        CREATE_DATABASES: 'false',
        DATABASE_NAME: `telemed_${name}`,
        DATABASE_URL_FILE: '/keys/own/database-url',
        EVENT_STREAM_REPLICAS: '3',
        NODE_ENV: 'production',
      });
      expect(config.DATABASE_URL).toBeUndefined();
    }
    const gateway = find(manifests, 'ConfigMap', 'tm-gateway').data!;
    expect(gateway).toMatchObject({ GATEWAY_REQUIRE_PERSISTED_QUERIES: 'true', GATEWAY_CORS_ORIGINS: required.gateway.corsOrigins });
  });

  it('lets subgraphs be reached only by the gateway and each other, and NATS only by the subgraphs', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
    const deny = find(policies, 'NetworkPolicy', 'tm-default-deny-ingress');
    expect(deny.spec).toEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'tm', 'app.kubernetes.io/part-of': 'telemed' } }, policyTypes: ['Ingress'] });
    for (const name of subgraphNames) {
      const [peers, metrics] = find(policies, 'NetworkPolicy', `tm-${name}`).spec!.ingress;
      expect(peers.from).toEqual([
        { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway', 'app.kubernetes.io/instance': 'tm' } } },
        { podSelector: { matchLabels: { 'app.kubernetes.io/component': 'subgraph', 'app.kubernetes.io/instance': 'tm' } } },
      ]);
      expect(metrics.from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
    }
    const nats = find(policies, 'NetworkPolicy', 'tm-nats-clients').spec!;
    expect(nats.ingress[0]).toEqual({
      from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'subgraph', 'app.kubernetes.io/instance': 'tm' } } }],
      ports: [{ port: 4222 }],
    });
    // Only the subgraphs carry the label NATS admits: the migration Jobs and the gateway do not.
    const labelled = manifests
      .filter((m) => m.kind === 'Deployment' || m.kind === 'Job')
      .filter((m) => m.spec!.template.metadata.labels['app.kubernetes.io/component'] === 'subgraph')
      .map((m) => m.metadata.name);
    expect(labelled.sort()).toEqual(subgraphNames.map((name) => `tm-${name}`).sort());
  });

  it('creates Secrets only when their contents are given, as hooks the migration Jobs can use', () => {
    expect(manifests.filter((m) => m.kind === 'Secret')).toEqual([]);
    const withSecrets = render({ secrets: { stringData: { payment: { 'service-key.pem': 'PEM', 'database-url': 'postgres://p@db/payment' } } } });
    const secret = find(withSecrets, 'Secret', 'tm-payment') as Manifest & { stringData: Record<string, string> };
    expect(secret.stringData).toEqual({ 'database-url': 'postgres://p@db/payment', 'service-key.pem': 'PEM' });
    expect(secret.metadata.annotations!['helm.sh/hook-weight']).toBe('-10');
  });
});

describe('the chart renderer', () => {
  const chartWith = (template: string, values = ''): string => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'name: t\nversion: 0.1.0\nappVersion: "1"\n');
    writeFileSync(join(dir, 'values.yaml'), values);
    writeFileSync(join(dir, 'templates', 't.yaml'), template);
    return dir;
  };

  it('trims around {{- -}}, ranges over maps in key order, and treats empty values as false', () => {
    const dir = chartWith('a:{{- range $k, $v := .Values.m }} {{ $k }}={{ $v | quote }}{{- end }}\nb: {{ if .Values.e }}x{{ else }}y{{ end }}', 'm: { z: 1, a: two }\ne: {}\n');
    expect(renderChart(dir, { release: 'r' })[0]!.text).toBe('a: a="two" z="1"\nb: y');
  });

  it('refuses what it does not implement instead of rendering it wrongly', () => {
    expect(() => renderChart(chartWith('{{ include "x" . }}'), { release: 'r' })).toThrow(/include.*outside the renderer's subset/);
    expect(() => renderChart(chartWith('{{ .Values.a | b64enc }}'), { release: 'r' })).toThrow(/b64enc.*outside the renderer's subset/);
    expect(() => renderChart(chartWith('{{ if .Values.a }}x'), { release: 'r' })).toThrow(/missing \{\{ end \}\}/);
  });
});
