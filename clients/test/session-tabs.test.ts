import { rm } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORDS } from '@telemed/demo-data/demo-logins';
import { persistedQueryIds } from '@telemed/web-client/persisted-query-ids';
import { call, demo } from '../../test/clinical';
import { gatewayUrl } from '../../test/stack';
import { buildApp } from './build-app';
import { serveStatic, type StaticSite } from './static-server';

/**
 * How the doctor app keeps a session, in Chromium against the real stack: no
 * token in localStorage and no access token in storage at all; a reload keeps
 * the tab signed in; a tab copied from it (which copies sessionStorage)
 * starts signed out instead of sharing the single-use refresh token; a
 * patient account is refused; signing out ends the session at the gateway
 * and signs out the app's other tabs.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Accounts no other browser test signs in with.
const doctor = demo.doctors[4]!;
const patient = demo.patients[5]!;
const WAIT = { timeout: 15_000 };
const KEY = 'telemed.doctor.session';

let browser: Browser;
let site: StaticSite;
let build: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  build = await buildApp('doctor', gatewayUrl());
  site = await serveStatic(build);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (build) await rm(build, { recursive: true, force: true });
});

function watch(page: Page): Page {
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The built page's Content-Security-Policy must not block anything the app does.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

const schedule = (page: Page) => page.getByRole('heading', { name: 'Schedule' }).waitFor(WAIT);
const loginForm = (page: Page) => page.locator('input[name=email]').waitFor(WAIT);
const stored = (page: Page) =>
  page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: localStorage.length }), KEY);

it('keeps the session per tab: reloads stay signed in, copies do not share it, sign-out ends them all', async () => {
  const context: BrowserContext = await browser.newContext();
  const page = watch(await context.newPage());
  // A session an older version left in localStorage is deleted on load.
  await page.goto(site.url);
  await page.evaluate((key) => localStorage.setItem(key, '{"refreshToken":"left-by-an-old-version"}'), KEY);
  await page.reload();
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain(`connect-src 'self' ${new URL(gatewayUrl()).origin}`);

  await signIn(page, patient.email, DEMO_PASSWORDS.PATIENT);
  await page.getByRole('alert').filter({ hasText: 'WRONG_APP' }).waitFor(WAIT);

  await signIn(page, doctor.email, DEMO_PASSWORDS.DOCTOR);
  await schedule(page);
  const first = await stored(page);
  expect(first.local).toBe(0);
  const session = JSON.parse(first.session!) as Record<string, unknown>;
  expect(session).toEqual(expect.objectContaining({ role: 'DOCTOR', refreshToken: expect.any(String) }));
  expect(session).not.toHaveProperty('accessToken');

  // A reload refreshes the session (a new refresh token) and stays signed in.
  await page.reload();
  await schedule(page);
  await page.locator('[data-testid=live-badge]', { hasText: 'live' }).waitFor(WAIT);
  const afterReload = JSON.parse((await stored(page)).session!) as { refreshToken: string };
  expect(afterReload.refreshToken).not.toBe(session.refreshToken);

  // window.open copies sessionStorage into the new tab (the marker proves it): the copy must sign in on its own.
  await page.evaluate(() => sessionStorage.setItem('copied', 'yes'));
  const [copy] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => void window.open(window.location.href)),
  ]);
  watch(copy);
  await loginForm(copy);
  expect(await copy.evaluate(() => sessionStorage.getItem('copied'))).toBe('yes');
  expect((await stored(copy)).session).toBeNull();
  await signIn(copy, doctor.email, DEMO_PASSWORDS.DOCTOR);
  await schedule(copy);

  // The original tab's session is untouched by the copy: it still refreshes and loads.
  await page.reload();
  await schedule(page);
  // Live means the socket authenticated, so the reload's refresh is done and stored.
  await page.locator('[data-testid=live-badge]', { hasText: 'live' }).waitFor(WAIT);
  const current = JSON.parse((await stored(page)).session!) as { refreshToken: string };

  // Sent as its persisted id, never as text.
  const loggedOut = page.waitForResponse(
    (r) => r.request().postData()?.includes(persistedQueryIds.Logout!) === true,
    WAIT,
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await loginForm(page);
  expect((await stored(page)).session).toBeNull();
  const logout = await loggedOut;
  expect(logout.ok()).toBe(true);
  expect(await logout.json()).toEqual({ data: { logout: true } });
  expect(logout.request().postDataJSON()).toMatchObject({
    variables: { refreshToken: current.refreshToken },
  });
  // `logout` ended the family at the gateway: the refresh token is worthless now.
  const refreshed = await call('mutation($t: String!) { refreshSession(refreshToken: $t) { userId } }', {
    t: current.refreshToken,
  });
  expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // Sign out means this browser: the other tab, signed in on its own, is signed out too.
  await loginForm(copy);
  expect((await stored(copy)).session).toBeNull();

  await context.close();
  expect(pageErrors).toEqual([]);
}, 60_000);
