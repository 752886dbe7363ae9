import { z } from 'zod';
import { FollowUpInput, uuid } from '../booking/booking.inputs';
import { DOSE_UNITS, FREQUENCIES, ROUTES } from './prescription.entity';
import { REFERRAL_URGENCIES } from './referral.entity';

/**
 * Semantic checks on consultation documentation. GraphQL has checked the
 * types; these check that values are plausible for a living patient, so a
 * typo (a heart rate of 720, a temperature in Fahrenheit) is refused with the
 * field's path instead of stored.
 */

const section = z
  .string()
  .max(10_000, 'must be at most 10000 characters')
  .nullish()
  .transform((v) => (v === undefined ? undefined : v?.trim() || null));

const SoapNotes = z.object({ subjective: section, objective: section, assessment: section, plan: section });

const measured = (unit: string, min: number, max: number, integer: boolean) => {
  const base = integer ? z.number().int(`must be a whole number of ${unit}`) : z.number();
  return base.min(min, `must be between ${min} and ${max} ${unit}`).max(max, `must be between ${min} and ${max} ${unit}`).nullish().transform((v) => v ?? null);
};

export const VitalSigns = z
  .object({
    systolicMmHg: measured('mmHg', 50, 260, true),
    diastolicMmHg: measured('mmHg', 30, 160, true),
    heartRateBpm: measured('bpm', 20, 250, true),
    temperatureCelsius: measured('°C', 30, 45, false),
    oxygenSaturationPercent: measured('%', 50, 100, true),
    respiratoryRatePerMin: measured('breaths/min', 4, 60, true),
    weightKg: measured('kg', 0.3, 400, false),
    heightCm: measured('cm', 20, 260, false),
  })
  .superRefine((v, ctx) => {
    if (Object.values(v).every((value) => value === null)) ctx.addIssue({ code: 'custom', message: 'must record at least one measurement' });
    if ((v.systolicMmHg === null) !== (v.diastolicMmHg === null)) {
      ctx.addIssue({ code: 'custom', path: [v.systolicMmHg === null ? 'systolicMmHg' : 'diastolicMmHg'], message: 'blood pressure needs both systolic and diastolic' });
    } else if (v.systolicMmHg !== null && v.diastolicMmHg !== null && v.systolicMmHg <= v.diastolicMmHg) {
      ctx.addIssue({ code: 'custom', path: ['diastolicMmHg'], message: 'must be below systolicMmHg' });
    }
  });

export const PrescriptionInput = z.object({
  drug: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  doseAmount: z.number().gt(0, 'must be greater than 0').max(10_000, 'must be at most 10000'),
  doseUnit: z.enum(DOSE_UNITS),
  route: z.enum(ROUTES),
  frequency: z.enum(FREQUENCIES),
  durationDays: z.number().int('must be a whole number of days').min(1, 'must be 1 to 365 days').max(365, 'must be 1 to 365 days'),
  refills: z.number().int('must be a whole number').min(0, 'must be 0 to 11').max(11, 'must be 0 to 11').nullish().transform((v) => v ?? 0),
  instructions: z.string().trim().max(1000, 'must be at most 1000 characters').nullish().transform((v) => v || null),
});

export const ReferralInput = z
  .object({
    toDoctorId: uuid.nullish().transform((v) => v ?? null),
    toSpecialty: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters').nullish().transform((v) => v ?? null),
    reason: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
    urgency: z.enum(REFERRAL_URGENCIES).nullish().transform((v) => v ?? 'ROUTINE'),
  })
  .superRefine((r, ctx) => {
    if ((r.toDoctorId === null) === (r.toSpecialty === null)) {
      ctx.addIssue({ code: 'custom', path: ['toDoctorId'], message: 'give exactly one of toDoctorId and toSpecialty' });
    }
  });

export function ConsultationInput(now: Date) {
  return z
    .object({
      notes: SoapNotes.nullish(),
      vitals: VitalSigns.nullish(),
      prescriptions: z.array(PrescriptionInput).max(20, 'at most 20 prescriptions at once').nullish(),
      referrals: z.array(ReferralInput).max(10, 'at most 10 referrals at once').nullish(),
      followUp: FollowUpInput(now).nullish(),
      addendum: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters').nullish().transform((v) => v ?? null),
    })
    .superRefine((input, ctx) => {
      const empty = !input.notes && !input.vitals && !input.prescriptions?.length && !input.referrals?.length && !input.followUp && !input.addendum;
      if (empty) ctx.addIssue({ code: 'custom', message: 'must document something: notes, vitals, prescriptions, referrals, a follow-up or an addendum' });
    });
}

export type ConsultationDocumentation = z.output<ReturnType<typeof ConsultationInput>>;
