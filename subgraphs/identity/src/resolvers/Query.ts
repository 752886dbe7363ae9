import { decodeCursor, encodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { isAdmin, requireCaller } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ApiKey } from '../api-key/api-key.entity';
import { findAuditEntries } from '../audit/audit-log.repository';
import { identityEnv } from '../auth/identity-env';
import { MailMessage } from '../mail/mail-message.entity';
import { listPatients } from '../patient/patient.repository';

export const Query: QueryResolvers = {
  me: (_, __, { caller, loaders }) => loaders.userById.load(requireCaller(caller).userId),
  patient: async (_, { id }, { loaders }) =>
    (await loaders.patientById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Patient', id)),
  // Admins list everyone; a doctor only the patients they care for.
  patients: async (_, { first, after }, { em, caller }) => {
    const page = { first: pageSize(first), after: decodeCursor(after) };
    if (isAdmin(caller)) return listPatients(em, { ...page, caredForBy: null });
    return caller?.doctorId ? listPatients(em, { ...page, caredForBy: caller.doctorId }) : [];
  },
  user: async (_, { id }, { loaders }) =>
    (await loaders.userById.load(parseId(id))) ?? Promise.reject(new NotFoundError('User', id)),
  auditLog: async (_, { filter, first, after }, { em }) => {
    const size = pageSize(first);
    const rows = await findAuditEntries(em, {
      actorUserId: filter?.actorUserId ? parseId(filter.actorUserId, 'filter.actorUserId') : null,
      action: filter?.action ?? null,
      entityType: filter?.entityType ?? null,
      entityId: filter?.entityId ? parseId(filter.entityId, 'filter.entityId') : null,
      correlationId: filter?.correlationId ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      before: decodeCursor(after),
      first: size,
    });
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor(node.occurredAt.toISOString(), node.id) }));
    return { edges, hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null };
  },
  devMailbox: (_, { to, first }, { em }) => {
    // Bodies hold one-time tokens: readable only where no real mail is at stake.
    if (identityEnv().production) throw new ForbiddenError('The dev mailbox is not available in production');
    return em.find(MailMessage, to ? { to: to.trim().toLowerCase() } : {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize(first) });
  },
  apiKeys: (_, __, { em }) => em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } }),
};
