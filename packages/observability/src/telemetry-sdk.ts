import { hostname } from 'node:os';
import type { Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { safeUrlPath, sqlWithoutLiterals } from './span-redaction';

/** Probes and scrapes: frequent, uninteresting, and they would drown the traces worth reading. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The SDK itself, loaded by `startTelemetry` only when an exporter endpoint
 * is configured. The OTLP/HTTP exporter reads `OTEL_EXPORTER_OTLP_*`, the
 * batch processor `OTEL_BSP_*` and the provider `OTEL_TRACES_SAMPLER[_ARG]`
 * (default: parent-based, always on).
 */
export function startTracing(serviceName: string): NodeTracerProvider {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: serviceName,
      'service.namespace': 'telemed',
      'service.instance.id': `${hostname()}:${process.pid}`,
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Async-local-storage context and the W3C trace-context propagator.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '/').split('?', 1)[0] ?? '/'),
        // Subgraph calls go over undici; plain http is the OTLP exporter and the odd library.
        requireParentforOutgoingSpans: true,
        // Server side an IncomingMessage (url), client side a ClientRequest (protocol, host, path).
        requestHook: (span, request) => {
          if ('url' in request && typeof request.url === 'string') redactUrl(span, request.url);
          else if ('path' in request) redactUrl(span, `${request.protocol}//${request.host}${request.path}`);
        },
      }),
      new UndiciInstrumentation({
        requestHook: (span, request) => redactUrl(span, `${request.origin}${request.path}`),
      }),
      // Only SQL run for something traced (a request, an event): the relays' polls would be noise.
      new PgInstrumentation({
        requireParentSpan: true,
        enhancedDatabaseReporting: false,
        // MikroORM inlines values into its SQL: only the statement's shape may reach a span.
        requestHook: (span, { query }) => {
          const shape = sqlWithoutLiterals(query.text);
          span.setAttributes({ 'db.query.text': shape, 'db.statement': shape });
        },
      }),
      new GraphQLInstrumentation({
        // Parse, validate and execute spans; one span per resolved field would cost more than the
        // SQL it explains (the pg spans under execute show that). Values never: they hold PHI.
        ignoreResolveSpans: true,
        allowValues: false,
        mergeItems: true,
      }),
    ],
  });
  return provider;
}

/**
 * URLs on spans lose their query (GET /graphql carries variables, which may
 * hold PHI) and file-link tokens (`/files/<token>`).
 */
function redactUrl(span: Span, url: string): void {
  const safe = safeUrlPath(url);
  const path = safe.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || '/';
  span.setAttributes({ 'url.path': path, 'http.target': path, 'url.query': '', 'url.full': safe, 'http.url': safe });
}
