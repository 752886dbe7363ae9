import { loadSigningKeyFile, signingKeyFromPem, type SigningKey } from './signing-key';
import { serviceTokenSigner, type ServiceTokenSigner } from './service-token';

/** A service that may call others in its own name: its name and its private key. */
export interface ServiceIdentity {
  readonly name: string;
  readonly key: SigningKey;
  /** Cached service token for `audience`. */
  readonly tokenFor: ServiceTokenSigner;
}

/**
 * The service's own signing key from `SERVICE_KEY` (PEM) or `SERVICE_KEY_FILE`;
 * null when neither is set. Keys are provisioned (devstack, secret store),
 * never created here, so a typo cannot mint an untrusted identity.
 */
export function serviceIdentityFromEnv(name: string, env: NodeJS.ProcessEnv): ServiceIdentity | null {
  let key: SigningKey;
  if (env.SERVICE_KEY) key = signingKeyFromPem(env.SERVICE_KEY);
  else if (env.SERVICE_KEY_FILE) key = loadSigningKeyFile(env.SERVICE_KEY_FILE, { create: false });
  else return null;
  return { name, key, tokenFor: serviceTokenSigner(name, key) };
}
