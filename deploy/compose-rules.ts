/**
 * What the compose files must hold, as checks over their parsed YAML: the
 * fallback for CI machines without a Docker daemon (where `docker compose
 * config` cannot run) and a guard that review alone would not be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SECRET_SETTINGS } from '@telemed/settings/secret-files';
import { subgraphNames } from '@telemed/topology/subgraphs';
import { privateKeyFiles } from '../scripts/provision-keys';

export interface ComposeService {
  readonly command?: readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly volumes?: readonly string[];
  readonly secrets?: readonly { source: string; target: string }[];
  readonly ports?: readonly string[];
  readonly healthcheck?: { test?: readonly string[] };
  readonly restart?: string;
  readonly user?: string;
  readonly depends_on?: Readonly<Record<string, { condition: string }>>;
}

export interface ComposeFile {
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, unknown>>;
  readonly secrets?: Readonly<Record<string, { file: string }>>;
}

/** The services that run our image's servers: the gateway and the six subgraphs. */
export const platformServices = ['gateway', ...subgraphNames] as const;

export function readComposeFile(file: string): ComposeFile {
  return parse(readFileSync(join(__dirname, '..', file), 'utf8'), { merge: true }) as ComposeFile;
}

const KEY_VARIABLES = ['SERVICE_KEY_FILE', 'JWT_SIGNING_KEY_FILE', 'IDENTITY_DATA_KEY_FILE', 'FILE_LINK_KEY_FILE'];
const INLINE_KEYS = ['SERVICE_KEY', 'JWT_SIGNING_KEY', 'IDENTITY_DATA_KEY', 'FILE_LINK_KEY', 'SERVICE_JWKS'];

/** Problems common to both files: health checks, loopback ports, the platform services' key variables. */
function commonProblems(compose: ComposeFile, ownKeyPath: (service: string, file: string) => string): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(compose.services)) {
    const oneShot = service.restart === 'no';
    if (!oneShot && !service.healthcheck?.test?.length) problems.push(`${name}: no healthcheck`);
    for (const port of service.ports ?? []) {
      if (!/^(127\.0\.0\.1:|\$\{[A-Z_]+:-127\.0\.0\.1:)/.test(port)) problems.push(`${name}: port ${port} is not bound to 127.0.0.1`);
    }
    const env = service.environment ?? {};
    for (const variable of INLINE_KEYS) if (env[variable]) problems.push(`${name}: ${variable} inline; keys come from files`);
    const own = privateKeyFiles[name];
    for (const variable of KEY_VARIABLES) {
      const value = env[variable];
      if (!value) continue;
      const file = own?.[variable];
      if (!file) problems.push(`${name}: ${variable} set, but ${name} holds no such key`);
      else if (value !== ownKeyPath(name, file)) problems.push(`${name}: ${variable}=${value}, not its own ${ownKeyPath(name, file)}`);
    }
  }
  for (const name of platformServices) {
    const service = compose.services[name];
    if (!service) {
      problems.push(`${name}: missing`);
      continue;
    }
    const env = service.environment ?? {};
    for (const variable of Object.keys(privateKeyFiles[name] ?? {})) {
      if (!env[variable]) problems.push(`${name}: ${variable} not set`);
    }
    if (!env.SERVICE_JWKS_FILE) problems.push(`${name}: SERVICE_JWKS_FILE not set`);
  }
  return problems;
}

/**
 * docker-compose.yml: each platform service mounts only its own keys volume
 * (read-only, at /keys/own) and the public bundle; the one-shot `keys`
 * service provisions exactly those volumes, handing them to uid 1000.
 */
export function devComposeProblems(compose: ComposeFile): string[] {
  const problems = commonProblems(compose, (_service, file) => `/keys/own/${file}`);
  for (const [name, service] of Object.entries(compose.services)) {
    if (name === 'keys') continue;
    const keyMounts = (service.volumes ?? []).filter((volume) => volume.startsWith('keys'));
    const expected = (platformServices as readonly string[]).includes(name)
      ? [`keys-${name}:/keys/own:ro`, 'keys-public:/keys/public:ro']
      : [];
    if (JSON.stringify([...keyMounts].sort()) !== JSON.stringify([...expected].sort())) {
      problems.push(`${name}: key mounts ${JSON.stringify(keyMounts)}, expected ${JSON.stringify(expected)}`);
    }
    if (subgraphNames.includes(name as never) && service.depends_on?.keys?.condition !== 'service_completed_successfully') {
      problems.push(`${name}: does not wait for the keys service`);
    }
  }
  const keys = compose.services.keys;
  if (!keys) problems.push('keys: missing');
  else {
    const expected = ['keys-public:/keys/public', ...platformServices.map((name) => `keys-${name}:/keys/${name}`)];
    if (JSON.stringify([...(keys.volumes ?? [])].sort()) !== JSON.stringify(expected.sort())) {
      problems.push(`keys: mounts ${JSON.stringify(keys.volumes)}, expected ${JSON.stringify(expected)}`);
    }
    const command = keys.command ?? [];
    if (command[0] !== 'scripts/provision-keys.js' || command[command.indexOf('--owner') + 1] !== '1000:1000') {
      problems.push('keys: does not provision with --owner 1000:1000 (the image user `node`)');
    }
    if (keys.restart !== 'no') problems.push('keys: is not a one-shot service');
  }
  for (const [name, service] of Object.entries(compose.services)) {
    for (const volume of service.volumes ?? []) {
      const source = volume.split(':')[0]!;
      if (!source.startsWith('.') && !source.startsWith('/') && !(source in (compose.volumes ?? {}))) {
        problems.push(`${name}: volume ${source} is not declared`);
      }
    }
  }
  return problems;
}

/**
 * compose.prod.yml: production mode everywhere, persisted queries required,
 * CORS origins required, no secret in the environment (only `*_FILE`), and
 * each service given only its own secrets.
 */
export function prodComposeProblems(compose: ComposeFile): string[] {
  const problems = commonProblems(compose, (_service, file) => `/run/secrets/${file}`);
  for (const name of platformServices) {
    const service = compose.services[name];
    if (!service) continue;
    const env = service.environment ?? {};
    if (env.NODE_ENV !== 'production') problems.push(`${name}: NODE_ENV is ${env.NODE_ENV}, not production`);
    if (env.SEED_DEMO_DATA === 'true') problems.push(`${name}: loads demo data`);
    for (const secret of SECRET_SETTINGS) if (env[secret]) problems.push(`${name}: ${secret} in the environment; use ${secret}_FILE`);
    const mounted = new Set((service.secrets ?? []).map((secret) => secret.target));
    for (const [variable, value] of Object.entries(env)) {
      if (variable.endsWith('_FILE') && value.startsWith('/run/secrets/') && !mounted.has(value)) {
        problems.push(`${name}: ${variable}=${value} but no secret is mounted there`);
      }
    }
    for (const secret of service.secrets ?? []) {
      if (secret.source !== 'service_jwks' && !secret.source.startsWith(`${name}_`)) {
        problems.push(`${name}: mounts ${secret.source}, which is not its own`);
      }
      if (!(secret.source in (compose.secrets ?? {}))) problems.push(`${name}: secret ${secret.source} is not declared`);
    }
    if (subgraphNames.includes(name as never) && env.DATABASE_URL_FILE !== '/run/secrets/database-url') {
      problems.push(`${name}: DATABASE_URL_FILE is not its own database secret`);
    }
  }
  const gateway = compose.services.gateway?.environment ?? {};
  if (gateway.GATEWAY_REQUIRE_PERSISTED_QUERIES !== 'true') problems.push('gateway: persisted queries not required');
  if (!/^\$\{GATEWAY_CORS_ORIGINS:\?/.test(gateway.GATEWAY_CORS_ORIGINS ?? '')) {
    problems.push('gateway: GATEWAY_CORS_ORIGINS is not required from the operator');
  }
  for (const name of ['postgres', 'nats']) {
    if (compose.services[name]?.ports?.length) problems.push(`${name}: publishes a port in production`);
  }
  // Every private key file in the provision-keys layout, so one command writes the keys part of the folder.
  for (const [source, { file }] of Object.entries(compose.secrets ?? {})) {
    const match = /^\$\{SECRETS_DIR:-\.\/secrets\}\/([a-z]+)\/(.+)$/.exec(file);
    if (!match) problems.push(`secret ${source}: ${file} is not under \${SECRETS_DIR:-./secrets}`);
    else if (!source.startsWith(`${match[1]}_`) && !['service_jwks', 'postgres_password'].includes(source)) {
      problems.push(`secret ${source}: kept in another service's folder (${match[1]})`);
    }
  }
  return problems;
}
