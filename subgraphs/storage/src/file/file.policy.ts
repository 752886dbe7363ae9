import DataLoader from 'dataloader';
import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import { GATEWAY_SERVICE, isAdmin } from '@telemed/subgraph-kit/authorization';
import type { Context } from '../context';
import type { StoredFile } from './file.entity';

const CARE_TEAMS = /* GraphQL */ `
  query CareTeams($ids: [ID!]!) {
    appointmentCareTeams(ids: $ids) { appointmentId doctorId }
  }
`;

const CARE_TEAMS_WITH_PATIENTS = /* GraphQL */ `
  query CareTeamsWithPatients($ids: [ID!]!) {
    appointmentCareTeams(ids: $ids) { appointmentId doctorId patientId }
  }
`;

// One loader per request: every file a doctor's request touches costs one call to appointment.
const doctorLoaders = new WeakMap<Context, DataLoader<string, string | null>>();

function doctorOfAppointment(ctx: Context): DataLoader<string, string | null> {
  let loader = doctorLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const data = await ctx.services.request<{ appointmentCareTeams: { appointmentId: string; doctorId: string }[] }>('appointment', {
        query: CARE_TEAMS,
        variables: { ids: [...ids] },
        correlationId: ctx.correlationId,
      });
      const byId = new Map(data.appointmentCareTeams.map((team) => [team.appointmentId, team.doctorId]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    doctorLoaders.set(ctx, loader);
  }
  return loader;
}

/** Who an appointment belongs to, as the appointment subgraph says. */
export interface CareTeam {
  readonly doctorId: string;
  readonly patientId: string;
}

/**
 * The patient and doctor of one appointment (null when it does not exist),
 * asked of the appointment subgraph; the answer also primes this request's
 * doctor lookup, so the new file's own access check asks nothing more.
 */
export async function careTeamOf(ctx: Context, appointmentId: string): Promise<CareTeam | null> {
  const data = await ctx.services.request<{ appointmentCareTeams: { appointmentId: string; doctorId: string; patientId: string }[] }>('appointment', {
    query: CARE_TEAMS_WITH_PATIENTS,
    variables: { ids: [appointmentId] },
    correlationId: ctx.correlationId,
  });
  const team = data.appointmentCareTeams.find((t) => t.appointmentId === appointmentId);
  if (!team) return null;
  doctorOfAppointment(ctx).prime(appointmentId, team.doctorId);
  return { doctorId: team.doctorId, patientId: team.patientId };
}

/**
 * Records an appointment's doctor as the gateway reported it (the
 * `@requires` of `Appointment.attachments`, taken from the appointment
 * subgraph's answer), so checking that appointment's files asks appointment
 * nothing. Trusted only on gateway-signed requests: any other sender's
 * representation is ignored and the doctor is asked of appointment.
 */
export function noteAppointmentDoctor(ctx: Context, appointmentId: string, doctorId: string | undefined): void {
  if (doctorId && ctx.service.issuer === GATEWAY_SERVICE) doctorOfAppointment(ctx).prime(appointmentId, doctorId);
}

/**
 * Who sees which files, on every path (`Query.file`, `Appointment.attachments`,
 * `_entities`): the patient who owns it, the doctor of the appointment it is
 * attached to (brought by the gateway on `Appointment.attachments`, else asked
 * of the appointment subgraph, which owns that relation, through the service
 * client; if it cannot answer, doctors are refused), and
 * admins. Every file read is audited.
 */
export const filePolicies = {
  File: definePolicy<StoredFile, Context>({
    canRead: async (file, ctx) => {
      const { caller } = ctx;
      if (!caller) return false;
      if (isAdmin(caller)) return true;
      if (caller.patientId && caller.patientId === file.ownerId) return true;
      if (caller.roles.includes('DOCTOR') && caller.doctorId && file.appointmentId) {
        return (await doctorOfAppointment(ctx).load(file.appointmentId)) === caller.doctorId;
      }
      return false;
    },
    audited: true,
  }),
};
