import { gql, NetworkStatus } from '@apollo/client';
import WebSocket from 'ws';
import { DEMO_PASSWORDS } from '@telemed/demo-data/demo-logins';
import { createWebClient, type WebClient } from '@telemed/web-client/apollo-client';
import { createSessionStore } from '@telemed/web-client/session';
import { accessToken, as } from '../../test/auth';
import { demo, ok, weekday, as as headersOf } from '../../test/clinical';
import { gatewayUrl } from '../../test/stack';
import { MyNotificationsDocument } from '../patient/src/__generated__/graphql';

/**
 * The apps' client setup against the real gateway, in Node: when the gateway
 * closes the socket with 4401 because the access token expired, the client
 * refreshes the session with its refresh token and re-opens the subscription,
 * which then delivers the next event. The queries a screen would be showing
 * are fetched again once on that re-connection, for the events missed meanwhile.
 */
const APPOINTMENT_CHANGED = gql`
  subscription MyAppointmentChanged {
    appointmentChanged {
      id
    }
  }
`;
// Stands in for a screen's query (the patient app's own, since the client
// sends only persisted ids of the apps' manifest): active while watched.
const ME = MyNotificationsDocument;
// The end-to-end test's doctor and patient, booked a week after it.
const patientIndex = 6;
const doctor = demo.doctors[3]!;
const patient = demo.patients[patientIndex]!;

let client: WebClient | undefined;
afterAll(async () => {
  await client?.ws.dispose();
  client?.apollo.stop();
});

async function until(what: string, condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('refreshes the session after a 4401 close and keeps the subscription delivering', async () => {
  const sessions = createSessionStore('test', null);
  client = createWebClient({ gatewayUrl: gatewayUrl(), app: 'test', sessions, webSocketImpl: WebSocket });
  const session = await client.sessionApi.login(patient.email, DEMO_PASSWORDS.PATIENT);
  // A token that expires in 2 s while the stored expiry says 15 min: the client
  // believes it, so only the gateway's 4401 can tell it otherwise.
  const doomed = accessToken(as.patient(patientIndex), 2);
  sessions.set({ ...session, accessToken: doomed });

  let refetches = 0;
  let ready = false;
  const screen = client.apollo.watchQuery({ query: ME }).subscribe({
    next: (result) => {
      if (result.networkStatus === NetworkStatus.refetch) refetches += 1;
      if (result.networkStatus === NetworkStatus.ready) ready = true;
    },
  });

  const received: string[] = [];
  const errors: unknown[] = [];
  const subscription = client.apollo.subscribe({ query: APPOINTMENT_CHANGED }).subscribe({
    next: (result) => {
      const id = (result.data as { appointmentChanged?: { id: string } } | undefined)?.appointmentChanged?.id;
      if (id) received.push(id);
      if (result.error) errors.push(result.error);
    },
    error: (error: unknown) => errors.push(error),
  });
  try {
    await until('the query to load', () => ready);
    await until('the socket to connect', () => client!.connected.get());
    expect(refetches).toBe(0);
    await until('the refresh after the 4401 close', () => sessions.get()?.accessToken !== doomed);
    expect(sessions.get()?.refreshToken).not.toBe(session.refreshToken);
    await until('the socket to reconnect with the new token', () => client!.connected.get());
    await until('the active query to be fetched again', () => refetches > 0);
    // The gateway has the new socket; give the subgraph a moment to have the subscription.
    await new Promise((r) => setTimeout(r, 1_000));

    const { doctor: found } = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(105).toISOString(), to: weekday(112).toISOString() },
      headersOf.patient(patientIndex),
    );
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      {
        input: {
          doctorId: doctor.id,
          startsAt: found.availableSlots[0]!.startsAt,
          reason: 'Token refresh test',
        },
      },
      headersOf.patient(patientIndex),
    );
    await until('the booking event', () => received.includes(bookAppointment.id));
    expect(errors).toEqual([]);
    // Once for the one re-connection, not per resubscribed operation.
    expect(refetches).toBe(1);
  } finally {
    subscription.unsubscribe();
    screen.unsubscribe();
  }
}, 30_000);
