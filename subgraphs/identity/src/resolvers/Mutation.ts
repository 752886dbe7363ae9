import { parseId } from '@telemed/subgraph-kit/arguments';
import { requireCaller, requireRole, requireService } from '@telemed/subgraph-kit/authorization';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { changeEmail, changePassword, confirmEmailChange } from '../account/account-changes';
import { login, logout, refreshSession, verifyTwoFactor } from '../account/login';
import { requestPasswordReset, resetPassword } from '../account/password-reset';
import { register, verifyEmail } from '../account/registration';
import { createApiKey, exchangeApiKey, revokeApiKey } from '../api-key/api-keys';
import { storeAuditRecords } from '../audit/audit-log.repository';
import { beginEnrolment, confirmEnrolment, disable } from '../two-factor/two-factor';

// Each field delegates to its account flow; the flows hold the rules.
export const Mutation: MutationResolvers = {
  register: (_, { input }, ctx) => register(ctx, input),
  verifyEmail: (_, { token }, ctx) => verifyEmail(ctx, token),
  login: (_, { email, password }, ctx) => login(ctx, email, password),
  verifyTwoFactor: (_, { challengeToken, code }, ctx) => verifyTwoFactor(ctx, challengeToken, code),
  refreshSession: (_, { refreshToken }, ctx) => refreshSession(ctx, refreshToken),
  logout: (_, { refreshToken }, ctx) => logout(ctx, refreshToken),
  requestPasswordReset: (_, { email }, ctx) => requestPasswordReset(ctx, email),
  resetPassword: (_, { token, newPassword }, ctx) => resetPassword(ctx, token, newPassword),
  beginTwoFactorEnrolment: (_, { currentPassword }, ctx) => beginEnrolment(ctx, requireCaller(ctx.caller).userId, currentPassword),
  changePassword: (_, { currentPassword, newPassword }, ctx) => changePassword(ctx, requireCaller(ctx.caller).userId, currentPassword, newPassword),
  changeEmail: (_, { currentPassword, newEmail }, ctx) => changeEmail(ctx, requireCaller(ctx.caller).userId, currentPassword, newEmail),
  confirmEmailChange: (_, { token }, ctx) => confirmEmailChange(ctx, token),
  confirmTwoFactorEnrolment: (_, { code }, ctx) => confirmEnrolment(ctx, requireCaller(ctx.caller).userId, code),
  disableTwoFactor: (_, { code }, ctx) => disable(ctx, requireCaller(ctx.caller).userId, code),
  createApiKey: (_, { name, scopes, quota }, ctx) => createApiKey(ctx, requireRole(ctx.caller, 'ADMIN'), name, scopes, quota),
  revokeApiKey: (_, { id }, ctx) => revokeApiKey(ctx, requireRole(ctx.caller, 'ADMIN'), parseId(id)),
  exchangeApiKey: (_, { key }, ctx) => {
    requireService(ctx.service, 'gateway');
    return exchangeApiKey(ctx, key);
  },
  recordAuditEntries: (_, { entries }, ctx) => {
    const { issuer } = requireService(ctx.service);
    return storeAuditRecords(
      ctx.em,
      issuer,
      entries.map((entry, i) => ({
        ...entry,
        id: parseId(entry.id, `entries.${i}.id`),
        actorUserId: entry.actorUserId ? parseId(entry.actorUserId, `entries.${i}.actorUserId`) : null,
      })),
    );
  },
};
