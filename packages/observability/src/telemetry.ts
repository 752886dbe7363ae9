import type { TracerProvider } from '@opentelemetry/api';

/** A started (or deliberately not started) tracing SDK. */
export interface Telemetry {
  /** False when no exporter endpoint is configured: nothing was loaded, spans are the API's no-ops. */
  readonly enabled: boolean;
  /** Exports what is still buffered and stops; call before the process exits. */
  shutdown(): Promise<void>;
}

const off: Telemetry = { enabled: false, shutdown: async () => undefined };
let current: Telemetry = off;

/**
 * Starts OpenTelemetry tracing for one service process, once, first thing in
 * its entry file: the instrumentations patch `http`, `pg` and `graphql` as
 * they are loaded, so everything else is imported after this call (entries
 * load their service with a dynamic `import()`; static imports are hoisted).
 *
 * Tracing is on only when `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set and `OTEL_SDK_DISABLED` is not
 * `true`; otherwise no SDK module is even loaded and every span the code
 * starts is the API's no-op. The standard `OTEL_*` variables apply (sampler,
 * batch delay, headers); see docs/observability.md.
 */
export function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Telemetry {
  if (current.enabled) return current;
  if (!telemetryConfigured(env)) return off;
  // Loaded only when tracing is on: a service without an endpoint pays nothing for the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./telemetry-sdk') as typeof import('./telemetry-sdk');
  const provider = sdk.startTracing(serviceName);
  current = { enabled: true, shutdown: () => shutdownProvider(provider) };
  return current;
}

/** Whether this process exports traces (log lines then carry trace and span IDs). */
export function telemetryEnabled(): boolean {
  return current.enabled;
}

/** Flushes and stops the SDK if one was started; safe to call when it was not. */
export function shutdownTelemetry(): Promise<void> {
  return current.shutdown();
}

/** Whether the environment asks for traces to be exported. */
export function telemetryConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

async function shutdownProvider(provider: TracerProvider & { shutdown(): Promise<void> }): Promise<void> {
  // An unreachable collector must not hold up a shutdown.
  await Promise.race([provider.shutdown(), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
}
