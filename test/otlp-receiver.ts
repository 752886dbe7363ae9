import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as the test stack's services exported it. */
export interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  /** Empty for a root span. */
  readonly parentSpanId: string;
  readonly name: string;
  /** OTLP's SpanKind number: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  readonly kind: number;
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind?: number; attributes?: OtlpAttribute[] }[] }[];
  }[];
}

/** Traces kept at most; the oldest go first (the whole test run exports into one receiver). */
const MAX_TRACES = 20_000;

/**
 * A small OTLP/HTTP receiver (JSON encoding, what
 * `@opentelemetry/exporter-trace-otlp-http` sends) for the test stack: its
 * services export real spans over real HTTP to it
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`), and tests read them back by trace ID:
 *
 *   POST /v1/traces          the exporters' requests
 *   GET  /traces/<trace id>  the spans received for that trace, as JSON
 */
export async function startOtlpReceiver(): Promise<{ url: string; close(): Promise<void> }> {
  const traces = new Map<string, ReceivedSpan[]>();
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/traces') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          store(traces, JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        } catch {
          res.writeHead(400).end();
        }
      });
      return;
    }
    const match = req.method === 'GET' ? /^\/traces\/([\da-f]{32})$/.exec(req.url ?? '') : null;
    if (match) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(traces.get(match[1]!) ?? []));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function store(traces: Map<string, ReceivedSpan[]>, body: OtlpExport): void {
  for (const resourceSpans of body.resourceSpans ?? []) {
    const service = String(valueOf(resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value) ?? '');
    for (const scope of resourceSpans.scopeSpans ?? []) {
      for (const span of scope.spans ?? []) {
        let spans = traces.get(span.traceId);
        if (!spans) {
          if (traces.size >= MAX_TRACES) traces.delete(traces.keys().next().value!);
          traces.set(span.traceId, (spans = []));
        }
        spans.push({
          service,
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId ?? '',
          name: span.name,
          kind: span.kind ?? 0,
          attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, valueOf(a.value) ?? ''])),
        });
      }
    }
  }
}

function valueOf(value: OtlpValue | undefined): string | number | boolean | undefined {
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  return value.boolValue;
}
