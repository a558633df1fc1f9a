// Browser tests of the recruiter side: an admin creates an organization through the admin API; its owner invites a
// recruiter by email, who accepts from the mailed link; the owner changes roles, posts a job, keeps it as a template,
// publishes, closes and reopens it, ranks and moves its applicants (one and in bulk), schedules an interview round with
// a scorecard and an outcome, submits a candidate to a client and keeps them on the hot list. Every page gets a
// screenshot (web/test-results/) and an axe-core accessibility check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN, BASE, ROOT, checkPage, eventually, latestMail, launch, linkIn, newPage, unique } from './support.mjs';

const PASSWORD = 'browser-recruiting-pass-1';
const stamp = Date.now().toString(36);
const owner = { name: 'Olivia Owner', email: unique('owner') };
const invitee = { name: 'Ivan Invitee', email: unique('invitee') };
const candidate = { name: 'Cora Candidate', email: unique('candidate') };
const orgName = `Browser Test Org ${stamp}`;
const jobTitle = `Platform Engineer ${stamp}`;
const state = {};
let browser;

async function api(method, path, body, token) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
/** The candidate's resume, uploaded and parsed through the API while the organization tests run. */
async function parsedResume() {
  const access = await token(candidate.email);
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(path.join(ROOT, 'scripts', 'sample-data', 'demo-resume.pdf'))], { type: 'application/pdf' }), 'demo-resume.pdf');
  const response = await fetch(`${BASE}/api/resumes`, { method: 'POST', headers: { Authorization: `Bearer ${access}` }, body: form });
  assert.ok(response.ok, `resume upload: HTTP ${response.status} ${await response.clone().text()}`);
  const { id } = await response.json();
  return eventually(async () => {
    const resume = await api('GET', `/api/resumes/${id}`, undefined, access);
    assert.notEqual(resume.status, 'failed', 'the demo resume is parsed');
    return resume.status === 'parsed' && resume.enriched ? id : null;
  }, { what: 'the demo resume parsed and enriched', timeoutMs: 240_000 });
}
const register = (p) => api('POST', '/api/auth/register', { email: p.email, password: PASSWORD, name: p.name });
const token = async (email, password = PASSWORD) => (await api('POST', '/api/auth/login', { email, password })).accessToken;

async function logIn(page, email) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

before(async () => {
  const health = await fetch(`${BASE}/gateway/health`).catch(() => null);
  assert.ok(health?.ok, `the gateway answers at ${BASE}`);
  assert.ok(ADMIN.password, 'JOBMATCH_ADMIN_PASSWORD is set (./suite sets it from .suite/keys/service-secrets.env)');
  for (const p of [owner, invitee, candidate]) await register(p);
  // Organizations are created by admins (recruiting is not self-service): through the admin API.
  const admin = await token(ADMIN.email, ADMIN.password);
  state.org = await api('POST', '/api/organizations', { name: orgName, ownerEmail: owner.email }, admin);
  state.resume = parsedResume();
  state.resume.catch(() => {}); // awaited by the applicants test
  browser = await launch();
});
after(async () => { await browser?.close(); });

describe('organization', () => {
  test('the owner sees the members and invites a recruiter by email; the invitee accepts from the mailed link', async () => {
    const page = await newPage(browser);
    await logIn(page, owner.email);
    await page.getByRole('link', { name: 'Organization', exact: true }).click();
    await page.getByRole('heading', { name: orgName }).waitFor();
    await page.getByRole('cell', { name: owner.email, exact: true }).waitFor();
    await page.getByLabel('Email to invite').fill(invitee.email);
    await page.getByLabel('Role', { exact: true }).selectOption('recruiter');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(`Invitation mailed to ${invitee.email}.`).waitFor();
    await page.getByRole('cell', { name: invitee.email, exact: true }).waitFor();
    await checkPage(page, '20-organization-owner');

    const other = await newPage(browser);
    await logIn(other, invitee.email);
    const mail = await latestMail(invitee.email, 'accept-invitation');
    await other.goto(linkIn(mail, '/accept-invitation'));
    await checkPage(other, '21-accept-invitation');
    await other.getByRole('button', { name: 'Accept the invitation' }).click();
    await other.getByText(`You joined ${orgName} as recruiter.`).waitFor();
    // The refreshed session carries the organization: the recruiter's pages are in the navigation.
    await other.getByRole('link', { name: 'Organization', exact: true }).click();
    await other.getByRole('cell', { name: owner.email, exact: true }).waitFor();
    assert.equal(await other.getByRole('button', { name: /^Remove/ }).count(), 0, 'a recruiter cannot remove members');
    await checkPage(other, '22-organization-member');
    await other.context().close();

    await page.reload();
    const role = page.getByLabel(`Role of ${invitee.email}`);
    await role.selectOption('hiring_manager');
    await page.getByText(`${invitee.email} is now hiring manager.`).waitFor();
    await role.selectOption('recruiter');
    await page.getByText(`${invitee.email} is now recruiter.`).waitFor();
    await page.context().close();
  });
});

describe('recruiter', () => {
  let page;
  before(async () => { page = await newPage(browser); await logIn(page, owner.email); });
  after(async () => { await page?.context().close(); });

  test('posts a job, keeps it as a template, publishes it, and creates another from the template', async () => {
    await page.getByRole('link', { name: 'Our jobs' }).click();
    await page.getByRole('heading', { name: 'Our jobs' }).waitFor();
    await page.getByLabel('Title').fill(jobTitle);
    await page.getByLabel('Company').fill('Initech');
    await page.getByLabel('Location').fill('Berlin');
    await page.getByLabel('Key skills (comma-separated)').fill('Java, PostgreSQL, Kubernetes');
    await page.getByLabel('Description').fill('We build the platform our product teams ship on: Java services on PostgreSQL, run on Kubernetes.');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: new RegExp(jobTitle) }).waitFor();
    state.postedJobId = page.url().split('/').pop();
    await page.getByLabel('Template name').fill(`Engineering ${stamp}`);
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText(`Template "Engineering ${stamp}" saved.`).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published: the job is in the catalogue and open to applications.').waitFor();
    await checkPage(page, '23-posting');

    await page.getByRole('link', { name: '← Our jobs' }).click();
    await page.getByLabel('Start from a template').selectOption({ label: `Engineering ${stamp}` });
    await page.getByLabel('Title').fill(`Site Reliability Engineer ${stamp}`);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { name: new RegExp(`Site Reliability Engineer ${stamp}`) }).waitFor();
    assert.equal(await page.getByLabel('Company').inputValue(), 'Initech', 'the empty fields come from the template');
    await page.getByRole('link', { name: '← Our jobs' }).click();
    await page.getByRole('link', { name: 'Published' }).click();
    await page.waitForURL('**/recruiter/postings?status=PUBLISHED');
    // The draft leaves the list when the published ones replace every job; the published job stays.
    await page.getByRole('list', { name: 'Jobs' }).getByText(`Site Reliability Engineer ${stamp}`, { exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Jobs' }).getByText(jobTitle, { exact: true }).waitFor();
    await checkPage(page, '24-postings');
  });

  test('ranks the applicants, moves one, then in bulk; schedules a round with a scorecard and an outcome', async () => {
    // A job seeker applies with the demo resume (through the API: the seeker's pages have their own tests).
    const resumeId = await state.resume;
    const owned = await api('GET', `/api/recruiting/jobs/${state.postedJobId}`, undefined, await token(owner.email));
    await api('POST', '/api/applications', { jobId: owned.jobId, resumeId, status: 'APPLIED' }, await token(candidate.email));

    const card = page.getByRole('list', { name: 'Ranked applicants' }).getByRole('listitem').first();
    await eventually(async () => {
      await page.goto(`/recruiter/postings/${state.postedJobId}/applicants`);
      const shown = await card.waitFor({ timeout: 5000 }).then(() => true, () => false);
      return shown && /Confidence: \d+%/.test(await card.innerText());
    }, { what: 'the applicant ranked with an explanation (the job being enriched)', timeoutMs: 180_000 });
    assert.match(await card.innerText(), /Confidence: \d+%/, 'the applicant is ranked with the explanation');
    await checkPage(page, '25-applicants');

    await card.getByText(/^Move .* to a stage$/).click();
    await card.getByLabel('Stage', { exact: true }).selectOption('SCREENING');
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByText(/ moved to Screening\.$/).waitFor();

    await card.getByRole('checkbox').check();
    await page.locator('#bulk-stage').selectOption('INTERVIEWING');
    await page.getByRole('button', { name: 'Move selected' }).click();
    await page.getByText('1 moved to Interviewing.').waitFor();
    await card.locator('.badge', { hasText: 'Interviewing' }).waitFor();

    await card.getByText(/^Interviews of /).click();
    await card.getByLabel('Kind', { exact: true }).selectOption('ONSITE');
    await card.getByLabel('Starts at (in the time zone)').fill('2030-03-14T14:30');
    await card.getByLabel('Time zone', { exact: true }).fill('Europe/Berlin');
    await card.getByLabel('Place', { exact: true }).fill('Initech HQ, 5th floor');
    await card.getByRole('button', { name: 'Schedule', exact: true }).click();
    // The round keeps the wall-clock time in its own zone (13:30 UTC is 14:30 in Berlin that day).
    await card.getByText(/Round 1 scheduled for .*14 Mar 2030 14:30 .*\(Europe\/Berlin\)/).waitFor();
    const round = card.getByRole('region', { name: 'Round 1' });
    await round.getByLabel('Your rating').selectOption('5');
    await round.getByLabel('Recommendation').selectOption('STRONG_YES');
    await round.getByRole('button', { name: 'Save scorecard' }).click();
    await round.getByText('Your scorecard is saved.').waitFor();
    await round.getByText(/5\/5, Strong yes/).waitFor();
    await round.getByLabel('Outcome', { exact: true }).selectOption('PASSED');
    await round.getByRole('button', { name: 'Record outcome' }).click();
    await round.getByText('Outcome recorded: Passed.').waitFor();
    await checkPage(page, '26-interviews');
  });

  test('submits the candidate to a client, keeps them on the hot list, then closes and reopens the job', async () => {
    const card = page.getByRole('list', { name: 'Ranked applicants' }).getByRole('listitem').first();
    await card.getByText(/^Submit .* or put them on the hot list$/).click();
    await card.getByLabel('Client (empty: this job)').fill('Acme Staffing');
    await card.getByLabel('Submission note').fill('Strong platform background');
    await card.getByRole('button', { name: 'Submit candidate' }).click();
    await card.getByText('Submitted to Acme Staffing.').waitFor();
    await card.getByLabel('Availability', { exact: true }).selectOption('TWO_WEEKS');
    await card.getByLabel('Tags (comma-separated)').fill('java, platform');
    await card.getByRole('button', { name: 'Add to hot list' }).click();
    await card.getByText('On the hot list.').waitFor();

    await page.getByRole('link', { name: 'Submissions and hot list' }).click();
    await page.getByRole('cell', { name: 'Acme Staffing' }).waitFor();
    await page.getByRole('cell', { name: 'java, platform' }).waitFor();
    await page.getByLabel('Availability').selectOption('IMMEDIATE');
    await page.getByText('Nobody on the hot list with these filters.').waitFor();
    await page.getByLabel('Availability').selectOption('TWO_WEEKS');
    await page.getByRole('cell', { name: 'java, platform' }).waitFor();
    await checkPage(page, '27-talent');

    await page.goto(`/recruiter/postings/${state.postedJobId}`);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByText(/^Closed: the job takes no more applications/).waitFor();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await page.getByText('Reopened.').waitFor();
    await page.getByRole('button', { name: 'Close' }).waitFor();
  });
});
