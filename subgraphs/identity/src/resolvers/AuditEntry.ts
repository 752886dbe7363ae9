import type { AuditEntryResolvers } from '../__generated__/resolvers-types';

export const AuditEntry: AuditEntryResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.auditEntryById.load(id),
};
