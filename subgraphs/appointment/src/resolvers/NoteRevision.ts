import type { NoteRevisionResolvers } from '../__generated__/resolvers-types';

export const NoteRevision: NoteRevisionResolvers = {
  notes: ({ subjective, objective, assessment, plan }) => ({ subjective, objective, assessment, plan }),
};
