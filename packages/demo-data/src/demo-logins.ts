import type { DemoDataset } from './dataset';
import { demoId } from './ids';

/**
 * Known passwords of the demo accounts (one per role; every demo account of a
 * role shares it). Demo data is never loaded in production (SEED_DEMO_DATA).
 */
export const DEMO_PASSWORDS = {
  ADMIN: 'admin-demo-password',
  DOCTOR: 'doctor-demo-password',
  PATIENT: 'patient-demo-password',
  PARTNER: 'partner-demo-password',
} as const;

/** The demo partner account, and the API key the demo partner calls with (`x-api-key`). */
export const DEMO_PARTNER = { id: demoId('user:partner'), email: 'partner@telemed.example' };
export const DEMO_API_KEY = 'tk_demo-partner-key-not-for-production';
export const DEMO_API_KEY_SCOPES = ['doctors:read', 'clinics:read', 'stats:read'];

/** One login per role, as `npm start` prints them. */
export function demoLogins(data: DemoDataset): { role: keyof typeof DEMO_PASSWORDS; email: string; password: string }[] {
  return [
    { role: 'PATIENT', email: data.patients[0]!.email, password: DEMO_PASSWORDS.PATIENT },
    { role: 'DOCTOR', email: data.doctors[0]!.email, password: DEMO_PASSWORDS.DOCTOR },
    { role: 'ADMIN', email: data.admin.email, password: DEMO_PASSWORDS.ADMIN },
    { role: 'PARTNER', email: DEMO_PARTNER.email, password: DEMO_PASSWORDS.PARTNER },
  ];
}
