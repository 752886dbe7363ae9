import { z } from 'zod';

/**
 * Building blocks shared by the event schemas. IDs are checked for shape only
 * (`z.guid`): demo data uses name-derived v5 UUIDs and production v4/v7 ones.
 */
export const id = () => z.guid();
export const instant = () => z.iso.datetime();
export const cents = () => z.int().nonnegative();
export const currency = () => z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD');
export const text = (max = 2_000) => z.string().min(1).max(max);
