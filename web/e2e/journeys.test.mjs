// Browser tests against the running suite through its gateway (./suite test starts one when none runs): an admin
// imports jobs, a job seeker goes from sign-up to an application, a scanned PDF is refused clearly, a recruiter sees
// ranked candidates. Every page gets a screenshot (web/test-results/) and an axe-core accessibility check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN, BASE, RESULTS, ROOT, checkPage, eventually, latestMail, launch, linkIn, newPage, sampleJobs, scannedPdf, unique } from './support.mjs';

const PASSWORD = 'browser-journey-pass-1';
let browser;
const seeker = { name: 'Casey Browser', email: unique('seeker') };
const state = {};

before(async () => {
  const health = await fetch(`${BASE}/gateway/health`).catch(() => null);
  assert.ok(health?.ok, `the gateway answers at ${BASE}`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

async function logIn(page, email, password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

describe('admin', () => {
  test('imports jobs and sees the counts and the rejected row; lists the users', async () => {
    assert.ok(ADMIN.password, 'JOBMATCH_ADMIN_PASSWORD is set (./suite sets it from .suite/keys/service-secrets.env)');
    const page = await newPage(browser);
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.goto('/admin/imports');
    const jobs = sampleJobs();
    await page.getByLabel('File (JSON, JSON-LD or CSV)').setInputFiles(jobs.file);
    await page.getByLabel('Source name').fill('browser-test');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported jobs-for-import.json' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'browser-test' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`\\b${jobs.count}\\b`), 'the import row counts every posting');
    await row.locator('summary').click(); // the rejected count opens the rejected rows
    await page.getByText(/Row \d+ \(browser-test-no-title\)/).waitFor();
    await checkPage(page, '01-admin-imports');
    await page.goto('/admin/users');
    await page.getByRole('cell', { name: ADMIN.email, exact: true }).waitFor();
    await checkPage(page, '02-admin-users');
    await page.context().close();
  });
});

describe('job seeker', () => {
  let page;
  before(async () => { page = await newPage(browser); });
  after(async () => { await page?.context().close(); });

  test('signs up, confirms the email from the mail, logs in', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await checkPage(page, '03-login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Full name').fill(seeker.name);
    await page.getByLabel('Email').fill(seeker.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    // The service's problem+json, shown as it says: the password field's error.
    await page.getByTestId('problem').waitFor();
    assert.match(await page.getByTestId('problem').innerText(), /password/i);
    await checkPage(page, '04-signup-problem');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await checkPage(page, '05-signup-done');

    const mail = await latestMail(seeker.email, 'Confirm your email');
    await page.goto(linkIn(mail, '/verify-email'));
    await page.getByText('Your email address is confirmed.').waitFor();
    await checkPage(page, '06-verified');

    await logIn(page, seeker.email, PASSWORD);
    await page.waitForURL('**/resumes');
    await page.getByRole('heading', { name: 'Your resumes' }).waitFor();
  });

  test('a refused file and a scanned PDF are shown with what the service said', async () => {
    await page.getByLabel('Choose a file').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.getByTestId('problem').waitFor();
    assert.match(await page.getByTestId('problem').innerText(), /empty/i);

    await page.getByLabel('Choose a file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: scannedPdf() });
    const status = page.getByTestId('upload-status');
    await status.getByText('Could not be read', { exact: true }).waitFor({ timeout: 60_000 });
    assert.match(await status.innerText(), /no text layer/i, 'the parser\'s reason is shown');
    await checkPage(page, '07-upload-scan-failed');
  });

  test('uploads the demo resume by drag and drop, sees it parsed with confidences', async () => {
    const pdf = fs.readFileSync(path.join(ROOT, 'scripts', 'sample-data', 'demo-resume.pdf')).toString('base64');
    // A real drop event carrying the file, as a person dragging it from their desktop sends it.
    const transfer = await page.evaluateHandle(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'demo-resume.pdf', { type: 'application/pdf' }));
      return dt;
    }, pdf);
    await page.getByTestId('dropzone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: transfer });
    const status = page.getByTestId('upload-status');
    await status.getByText('Parsed', { exact: true }).waitFor({ timeout: 120_000 });
    await checkPage(page, '08-resumes');
    await status.getByRole('link', { name: 'Review the parsed resume' }).click();
    await page.getByRole('heading', { name: 'Experience' }).waitFor();
    state.resumeId = page.url().split('/').pop();
    assert.ok(await page.getByText(/confidence: \d+%/).count() > 0, 'per-field confidence is shown');
    await page.getByLabel('Let recruiters find this resume').check();
    await checkPage(page, '09-resume-parsed');
  });

  test('sees ranked matches with score, confidence and paging', async () => {
    await page.goto(`/matches?resume=${state.resumeId}`);
    const first = page.getByRole('list', { name: 'Ranked matches' }).getByRole('listitem').first();
    await eventually(async () => {
      if (await first.isVisible()) return true;
      const again = page.getByRole('button', { name: 'check again' });
      if (await again.isVisible()) await again.click();
      return first.waitFor({ timeout: 3000 }).then(() => true, () => false);
    }, { what: 'the first ranked match (jobs being enriched)', timeoutMs: 300_000 });
    assert.match(await first.innerText(), /Confidence: \d+%/);
    // What the score means, from the service's calibration, beside every score
    assert.match(await first.innerText(), /Fit chance: \d+% \(\d+ in 100 resume–job pairs scored like this were judged a fit\)/);
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    await checkPage(page, '10-matches');
    await page.screenshot({ path: path.join(RESULTS, 'readme-matches.png') }); // the first screen, for the README
    await first.getByRole('link').first().click();
  });

  test('opens a match: explanation, cited resume words, missing skills; feedback, save, apply', async () => {
    await page.getByRole('heading', { name: 'How the score is made' }).waitFor();
    await page.getByText(/^Fit chance: \d+%/).waitFor();
    await page.getByRole('heading', { name: 'Missing skills' }).waitFor();
    await page.getByRole('heading', { name: 'What would raise the score' }).waitFor();
    // Each matched requirement is shown beside the words its evidence span indexes in the text the skills were read
    // from; a span that indexed anything else would not be shown.
    // The words are cited once ai-service has read the resume's skills: a match opened while that reading is still
    // under way (the suite is busy enriching the imported jobs) shows them after a reload.
    const cited = page.getByTestId('evidence').getByRole('listitem');
    await eventually(async () => {
      if (await cited.count() > 0) return true;
      await page.reload();
      await page.getByRole('heading', { name: 'How the score is made' }).waitFor();
      return cited.first().waitFor({ timeout: 3000 }).then(() => true, () => false);
    }, { what: 'matched requirements shown with the resume words that prove them', timeoutMs: 120_000 });
    assert.ok((await cited.first().locator('mark').innerText()).trim().length > 0, 'the cited words are marked in place');
    state.jobTitle = await page.getByRole('heading', { level: 1 }).innerText();
    await checkPage(page, '11-match');
    await page.getByRole('button', { name: 'Yes, a good match' }).click();
    await page.getByText('Thanks for your feedback.').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved to your applications board.').waitFor();
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Marked as applied.').waitFor();
    await page.getByRole('button', { name: 'Applied' }).waitFor();
  });

  test('finds the application on the board, then notifications and preferences', async () => {
    await page.getByRole('link', { name: 'Applications' }).click();
    const applied = page.getByRole('region', { name: /^Applied/ });
    await applied.getByText(state.jobTitle).waitFor();
    await checkPage(page, '12-applications');
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await checkPage(page, '13-notifications');
    await page.getByRole('link', { name: 'Preferences' }).click();
    await page.getByLabel('Job titles you want (comma-separated)').fill('Backend Engineer, Software Engineer');
    await page.getByLabel('remote').check();
    // Where they work from: a refused distance is named beside its field, then the place is saved and read back
    await page.getByLabel('City').fill('Seattle');
    await page.getByLabel('Country code').fill('us');
    await page.getByLabel('Distance (km)').fill('-5');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    const refused = page.locator('#f-radiusKm-error');  // the message under the field the input describes itself by
    await refused.waitFor();
    assert.match(await refused.innerText(), /must be between 0 and \d+/);
    assert.match(await page.getByLabel('Distance (km)').getAttribute('aria-describedby'), /f-radiusKm-error/);
    await page.getByLabel('Distance (km)').fill('40');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Preferences saved.').waitFor();
    await checkPage(page, '14-preferences');
    await page.reload();
    await page.getByLabel('City').waitFor();
    assert.equal(await page.getByLabel('City').inputValue(), 'Seattle');
    assert.equal(await page.getByLabel('Country code').inputValue(), 'US');
    assert.equal(await page.getByLabel('Distance (km)').inputValue(), '40');
    // Remote work only: a job that does not state its arrangement is listed after those known to pass, and says so
    await page.goto(`/matches?resume=${state.resumeId}`);
    const unstated = page.getByRole('list', { name: 'Ranked matches' }).getByRole('listitem').filter({ hasText: 'Quiet Freight' });
    await eventually(async () => {
      await page.reload();
      return unstated.getByText(/^Not stated:/).waitFor({ timeout: 3000 }).then(() => true, () => false);
    }, { what: 'the warehouse job flagged for its unstated work arrangement (rankings recomputed)', timeoutMs: 180_000 });
    assert.match(await unstated.innerText(), /Not stated: the job does not say its work arrangement, which your preferences filter on/);
    // Why the score: one reason per line, behind the card's summary
    await unstated.getByText('Why this score').click();
    const reasons = unstated.locator('details.reasons li');
    assert.ok(await reasons.count() >= 3, `a reason per criterion: ${await unstated.innerText()}`);
    // the posting writes its place as one line, "Seattle, Washington, US": the job is in the person's city
    assert.ok((await reasons.allInnerTexts()).includes('Location score 100 of 100: Seattle, Washington, US, the candidate\'s city'),
      `the location is explained on its own line: ${await reasons.allInnerTexts()}`);
    await checkPage(page, '14b-matches-unstated');
  });

  test('resets the password from the mailed link and logs in with the new one', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(seeker.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('we sent it a link').waitFor();
    await checkPage(page, '15-reset-requested');
    const mail = await latestMail(seeker.email, 'Reset your password');
    await page.goto(linkIn(mail, '/reset-password'));
    await page.getByLabel('New password').fill(`${PASSWORD}-new`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await logIn(page, seeker.email, `${PASSWORD}-new`);
    await page.waitForURL('**/resumes');
  });

  test('works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/matches?resume=${state.resumeId}`);
    await page.getByRole('list', { name: 'Ranked matches' }).getByRole('listitem').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (${overflow}px too wide)`);
    await checkPage(page, '16-matches-phone');
  });
});

describe('recruiter', () => {
  test('is granted the role by an admin and sees the ranked candidates for a job with their explanations', async () => {
    const page = await newPage(browser);
    const email = unique('recruiter');
    await page.goto('/signup');
    await page.getByLabel('Full name').fill('Robin Recruiter');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    // Registration is for job seekers only: an admin grants the recruiter role on the users page.
    const admin = await newPage(browser);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await admin.goto('/admin/users');
    await admin.getByLabel('Search users').fill(email);
    await admin.getByRole('button', { name: 'Search' }).click();
    const row = admin.getByRole('row').filter({ hasText: email });
    await row.getByLabel('recruiter', { exact: true }).click();
    await eventually(() => row.getByLabel('recruiter', { exact: true }).isChecked(), { what: 'the recruiter role granted', timeoutMs: 20_000 });
    await admin.context().close();

    await logIn(page, email, PASSWORD);
    await page.getByRole('link', { name: 'Candidates' }).click();
    await page.waitForURL('**/recruiter');
    await page.getByLabel('Search jobs').fill(state.jobTitle ?? 'Software');
    await page.getByRole('button', { name: 'Search' }).click();
    await checkPage(page, '17-recruiter-jobs');
    await page.getByRole('link', { name: 'Ranked candidates' }).first().click();
    await page.getByRole('heading', { name: /^Candidates for/ }).waitFor();
    const candidates = page.getByRole('list', { name: 'Ranked candidates' }).getByRole('listitem');
    await candidates.first().waitFor({ timeout: 60_000 });
    assert.match(await candidates.first().innerText(), /Confidence: \d+%/);
    await checkPage(page, '18-recruiter-candidates');
    await page.context().close();
  });
});
