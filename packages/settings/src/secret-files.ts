import { readFileSync } from 'node:fs';

/**
 * Settings that hold secrets and may therefore come from a file instead of the
 * environment: `<NAME>_FILE=/run/secrets/...` (Docker and Kubernetes secrets
 * are mounted as files, and a file does not show in `docker inspect`, `ps e`
 * or a crash dump of the environment). Keys already have their own `*_FILE`
 * settings (`SERVICE_KEY_FILE`, `JWT_SIGNING_KEY_FILE`, `IDENTITY_DATA_KEY_FILE`,
 * `FILE_LINK_KEY_FILE`), read where they are used; this list is for the rest.
 */
export const SECRET_SETTINGS = [
  'DATABASE_URL',
  'SMTP_URL',
  // Read by the services once NATS credentials and a shared rate-limit store are wired in.
  'NATS_USER',
  'NATS_PASSWORD',
  'REDIS_URL',
] as const;

export type SecretSetting = (typeof SECRET_SETTINGS)[number];

/**
 * Resolves every `<NAME>_FILE` of `SECRET_SETTINGS` into `<NAME>` (the file's
 * contents without the trailing newline editors and `echo` add), in place, so
 * every reader of the environment sees the value. Called once, first thing, by
 * each service's entry point. Setting both `<NAME>` and `<NAME>_FILE` is an
 * error (which one wins would be a guess); so is an unreadable or empty file.
 */
export function resolveSecretFiles(env: NodeJS.ProcessEnv, names: readonly string[] = SECRET_SETTINGS): void {
  for (const name of names) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (env[name]) throw new Error(`Set ${name} or ${name}_FILE, not both`);
    let value: string;
    try {
      value = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new Error(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (!value) throw new Error(`${name}_FILE: ${file} is empty`);
    env[name] = value;
  }
}
