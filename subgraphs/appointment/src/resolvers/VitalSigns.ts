import type { VitalSignsResolvers } from '../__generated__/resolvers-types';

export const VitalSigns: VitalSignsResolvers = {
  bmi: ({ weightKg, heightCm }) => (weightKg && heightCm ? Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10 : null),
};
