import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServiceClient } from '@telemed/service-client/service-client';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import { fetchDoctorSchedule, ProviderUnavailableError, type ServiceCallContext } from './working-hours.client';

// A stand-in provider on port 0: records what it was sent, answers what the test says.
describe('fetchDoctorSchedule', () => {
  let server: Server;
  let seen: { headers: IncomingHttpHeaders; body: { variables: { id: string } } }[] = [];
  let answer: unknown;
  let providerUrl = '';
  const ctx: ServiceCallContext = {
    // The real shared client, signing with a stand-in: provider's own token check is tested in the kit.
    services: createServiceClient({
      self: { name: 'appointment', tokenFor: (target) => `token-for-${target}` },
      urlOf: () => providerUrl,
      timeoutMs: 500,
      retries: 0,
    }),
    correlationId: 'corr-42',
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: JSON.parse(body) as { variables: { id: string } } });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    providerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    seen = [];
  });

  const doctorId = '6f9619ff-8b86-4011-b42d-00c04fc964ff';

  it('asks through the service client: its service token and the correlation ID, no caller', async () => {
    answer = {
      data: {
        doctor: {
          workingHours: [{ dayOfWeek: 'TUESDAY', startTime: '09:00', endTime: '12:30', slotMinutes: 30 }],
          timeOff: [{ startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T11:00:00.000Z' }],
        },
      },
    };
    const schedule = await fetchDoctorSchedule(doctorId, ctx);
    expect(schedule).toEqual({
      workingHours: [{ day: 2, startMinute: 540, endMinute: 750, slotMinutes: 30 }],
      timeOff: [{ startsAt: new Date('2026-12-01T10:00:00.000Z'), endsAt: new Date('2026-12-01T11:00:00.000Z') }],
    });
    expect(seen[0]!.headers).toMatchObject({ 'x-service-token': 'token-for-provider', 'x-correlation-id': 'corr-42' });
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(seen[0]!.body.variables).toEqual({ id: doctorId });
  });

  it('turns provider’s NOT_FOUND into NOT_FOUND for the doctor', async () => {
    answer = { data: null, errors: [{ message: 'Doctor x was not found', extensions: { code: 'NOT_FOUND' } }] };
    await expect(fetchDoctorSchedule(doctorId, ctx)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reports any other failure as SUBGRAPH_UNAVAILABLE naming provider', async () => {
    answer = { data: { doctor: { workingHours: [{ dayOfWeek: 'NEVERDAY' }], timeOff: [] } } };
    await expect(fetchDoctorSchedule(doctorId, ctx)).rejects.toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', extensions: { serviceName: 'provider' } });
    const reachable = providerUrl;
    providerUrl = 'http://127.0.0.1:9/graphql';
    try {
      await expect(fetchDoctorSchedule(doctorId, ctx)).rejects.toBeInstanceOf(ProviderUnavailableError);
    } finally {
      providerUrl = reachable;
    }
  });
});
