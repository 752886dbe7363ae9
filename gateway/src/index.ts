import { startTelemetry } from '@telemed/observability/telemetry';

// Tracing first: it patches http, undici and graphql as they load, and static
// imports are hoisted above any statement, so the gateway itself is loaded
// by the dynamic import below.
startTelemetry('gateway');
void import('./main');
