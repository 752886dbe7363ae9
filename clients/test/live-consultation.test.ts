import { rm } from 'node:fs/promises';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORDS } from '@telemed/demo-data/demo-logins';
import { render } from '../../subgraphs/identity/src/notifications/templates';
import { as, demo, ok, weekday } from '../../test/clinical';
import { gatewayUrl } from '../../test/stack';
import { buildApp } from './build-app';
import { serveStatic, type StaticSite } from './static-server';

/**
 * The apps end to end, in Debian's Chromium against the real test stack: a
 * doctor and a patient sign in through the gateway, a booking shows up live
 * in both and its confirmation at the top of the patient's notifications, the
 * patient checks in, the doctor starts the consultation and records vitals
 * and a note, and the patient's open page shows them without a reload; the
 * patient attaches a PDF, both see it and download the same bytes, and the
 * doctor attaches a letter.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A doctor and patient that other suites barely use, booked 14 weeks ahead where no suite books.
const doctor = demo.doctors[3]!;
const patient = demo.patients[6]!;
const patientHeaders = as.patient(6);
const WAIT = { timeout: 15_000 };

let browser: Browser;
const sites: StaticSite[] = [];
const builds: string[] = [];
const pageErrors: string[] = [];

async function open(site: StaticSite, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${site.url}: ${error.message}`));
  // The built page's Content-Security-Policy must not block anything the app does.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(`${site.url}: ${message.text()}`);
  });
  await page.goto(site.url);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  // The list screen subscribes to appointmentChanged, which opens the socket.
  await page.locator('[data-testid=live-badge]', { hasText: 'live' }).waitFor(WAIT);
  return page;
}

/** The bytes behind a download link (a signed GET at the gateway, valid for minutes). */
async function downloadOf(link: Locator): Promise<Buffer> {
  const href = await link.getAttribute('href');
  if (!href) throw new Error('The attachment has no download link');
  const response = await fetch(href);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  const [doctorBuild, patientBuild] = await Promise.all([
    buildApp('doctor', gatewayUrl()),
    buildApp('patient', gatewayUrl()),
  ]);
  builds.push(doctorBuild, patientBuild);
  sites.push(await serveStatic(doctorBuild), await serveStatic(patientBuild));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((s) => s.close()));
  await Promise.all(builds.map((dir) => rm(dir, { recursive: true, force: true })));
});

it("shows the confirmation live, lets the patient check in, and shows the doctor's vitals and notes as they are recorded", async () => {
  const [doctorSite, patientSite] = sites as [StaticSite, StaticSite];
  const doctorPage = await open(doctorSite, doctor.email, DEMO_PASSWORDS.DOCTOR);
  const patientPage = await open(patientSite, patient.email, DEMO_PASSWORDS.PATIENT);
  // The gateway has the sockets; give the subgraph a moment to have the subscriptions too.
  await new Promise((r) => setTimeout(r, 1_000));

  // Booked outside the apps: both lists learn of it through appointmentChanged.
  const { doctor: found } = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
    { id: doctor.id, from: weekday(98).toISOString(), to: weekday(105).toISOString() },
    patientHeaders,
  );
  const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
    {
      input: {
        doctorId: doctor.id,
        startsAt: found.availableSlots[0]!.startsAt,
        reason: 'Browser end-to-end test',
      },
    },
    patientHeaders,
  );
  const row = `[data-appointment-id="${bookAppointment.id}"]`;
  await patientPage.locator(row).waitFor(WAIT);
  await doctorPage.locator(row).waitFor(WAIT);

  // The booking's confirmation arrives through notificationReceived, at the top of the list.
  // Its text names this booking's start, so no earlier confirmation can pass for it.
  const confirmation = render('APPOINTMENT_CONFIRMED', { startsAt: found.availableSlots[0]!.startsAt });
  const newest = patientPage.locator('[data-testid=notifications] li').first();
  await newest.filter({ hasText: confirmation.body }).waitFor(WAIT);
  expect(await newest.textContent()).toContain(confirmation.title);
  await patientPage.locator('[data-testid=unread-count]').waitFor(WAIT);

  // The patient opens the consultation and waits; a marker proves the page is never reloaded.
  await patientPage.click(`${row} a`);
  await patientPage.getByText('The consultation has not started yet').waitFor(WAIT);
  await patientPage.evaluate(() => Object.assign(window, { notReloaded: true }));
  await patientPage.getByRole('button', { name: 'Check in' }).click(WAIT);
  await patientPage.locator('[data-testid=appointment-status]', { hasText: 'CHECKED_IN' }).waitFor(WAIT);
  await new Promise((r) => setTimeout(r, 1_000));

  // The doctor's screen fetches the appointment as the patient left it: checked in, ready to start.
  await doctorPage.click(`${row} a`);
  await doctorPage.getByRole('button', { name: 'Start consultation' }).click(WAIT);
  await doctorPage.fill('input[name=systolicMmHg]', '128');
  await doctorPage.fill('input[name=diastolicMmHg]', '82');
  await doctorPage.fill('input[name=heartRateBpm]', '91');
  await doctorPage.fill('input[name=temperatureCelsius]', '37.4');
  await doctorPage.getByRole('button', { name: 'Record vitals' }).click();
  await doctorPage.locator('[data-testid=vitals]', { hasText: '91 bpm' }).waitFor(WAIT);

  const vitals = patientPage.locator('[data-testid=vitals]', { hasText: 'heart rate 91 bpm' });
  await vitals.waitFor(WAIT);
  expect(await vitals.textContent()).toContain('blood pressure 128/82 mmHg');
  expect(await vitals.textContent()).toContain('temperature 37.4 °C');

  await doctorPage.fill('textarea[name=plan]', 'Rest, fluids, review in a week');
  await doctorPage.getByRole('button', { name: 'Save notes' }).click();
  await patientPage
    .locator('[data-testid=notes]', { hasText: 'Rest, fluids, review in a week' })
    .waitFor(WAIT);

  // Files: the patient attaches a PDF (requestFileUpload, then a PUT to the gateway's link, which the
  // page's CSP must allow); it is listed for both, and its download link returns the same bytes.
  const pdf = Buffer.from(`%PDF-1.4\n% browser end-to-end attachment ${bookAppointment.id}\n%%EOF\n`);
  await patientPage.setInputFiles('input[name=attachment]', {
    name: 'lab-results.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await patientPage.getByRole('button', { name: 'Upload' }).click();
  const patientLink = patientPage.getByRole('link', { name: 'lab-results.pdf' });
  await patientLink.waitFor(WAIT);
  expect(await downloadOf(patientLink)).toEqual(pdf);

  // Attachments are not pushed over a subscription: the doctor's screen shows them when it is fetched again.
  await doctorPage.reload();
  const doctorLink = doctorPage.getByRole('link', { name: 'lab-results.pdf' });
  await doctorLink.waitFor(WAIT);
  expect(await downloadOf(doctorLink)).toEqual(pdf);

  // The appointment's doctor may attach too.
  const letter = Buffer.from('Referral letter: see attached results.\n');
  await doctorPage.setInputFiles('input[name=attachment]', {
    name: 'referral.txt',
    mimeType: 'text/plain',
    buffer: letter,
  });
  await doctorPage.getByRole('button', { name: 'Upload' }).click();
  const letterLink = doctorPage.getByRole('link', { name: 'referral.txt' });
  await letterLink.waitFor(WAIT);
  expect(await downloadOf(letterLink)).toEqual(letter);

  expect(await patientPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
    true,
  );
  expect(pageErrors).toEqual([]);
}, 60_000);
