import type { ApiKeyResolvers } from '../__generated__/resolvers-types';
import { apiKeyUsage } from '../api-key/api-key-usage';
import { quotaOf } from '../api-key/api-keys';

export const ApiKey: ApiKeyResolvers = {
  quota: (apiKey) => quotaOf(apiKey),
  usage: (apiKey) => apiKeyUsage(apiKey.id),
};
