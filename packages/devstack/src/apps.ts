/** The React apps `npm start` serves with Vite's dev server, on fixed ports so their URLs are known. */
export const apps = [
  { name: 'doctor-app', label: 'Doctor app', folder: 'clients/doctor', port: 5173 },
  { name: 'patient-app', label: 'Patient app', folder: 'clients/patient', port: 5174 },
] as const;

export type AppInfo = (typeof apps)[number];

/** Where a person opens an app. */
export function appUrl(app: AppInfo): string {
  return `http://localhost:${app.port}/`;
}
