import { useQuery, useSubscription } from '@apollo/client/react';
import { insertByStart, withoutId } from '@telemed/web-client/sorted-insert';
import { ErrorBanner } from '@telemed/web-client/ui/ErrorBanner';
import { Loading } from '@telemed/web-client/ui/Loading';
import { useState } from 'react';
import { graphql } from '../__generated__';
import type { ScheduleQuery as ScheduleData } from '../__generated__/graphql';
import { AppointmentRow } from '../components/AppointmentRow';

const ScheduleQuery = graphql(`
  query Schedule($from: DateTime!) {
    appointmentSearch(filter: { from: $from }, first: 100) {
      edges {
        node {
          id
          ...AppointmentRow_appointment
        }
      }
    }
  }
`);

const ScheduleChanged = graphql(`
  subscription ScheduleChanged {
    appointmentChanged {
      id
      ...AppointmentRow_appointment
    }
  }
`);

type ScheduleNode = ScheduleData['appointmentSearch']['edges'][number]['node'];

/**
 * The doctor's appointments from today on. Kept live by `appointmentChanged`:
 * changes to listed appointments land in the cache by id; new bookings are
 * inserted in start order, rescheduled ones move to their new place.
 */
export function ScheduleScreen() {
  // Fixed for the screen's lifetime: a new `from` per render would be a new query each time.
  const [from] = useState(() => startOfToday().toISOString());
  const schedule = useQuery(ScheduleQuery, { variables: { from } });
  const changes = useSubscription(ScheduleChanged, {
    onData: ({ data }) => {
      const changed = data.data?.appointmentChanged;
      if (!changed) return;
      schedule.updateQuery((_, options) => {
        if (!options.complete) return;
        const previous = options.previousData;
        const listed = previous.appointmentSearch.edges.map((e) => e.node);
        // Compared as instants: the gateway's DateTime and toISOString need not spell them alike.
        const nodes =
          Date.parse(changed.startsAt) < Date.parse(from)
            ? withoutId(listed, changed.id) // moved before today: no longer on this schedule
            : insertByStart<ScheduleNode>(listed, changed);
        if (nodes === listed) return;
        const edges = nodes.map((node) => ({ __typename: 'AppointmentEdge' as const, node }));
        return { ...previous, appointmentSearch: { ...previous.appointmentSearch, edges } };
      });
    },
  });
  const appointments = schedule.data?.appointmentSearch.edges.map((e) => e.node) ?? [];

  return (
    <section className="card">
      <h2>Schedule</h2>
      <ErrorBanner error={[schedule.error, changes.error]} />
      {schedule.loading && !schedule.data ? (
        <Loading />
      ) : appointments.length === 0 ? (
        <p className="muted">No appointments from today on.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Patient</th>
              <th>Reason</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {appointments.map((appointment) => (
              <AppointmentRow key={appointment.id} appointment={appointment} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function startOfToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}
