// What the browser tests share: the suite's address and admin, Chromium from the distribution, a screenshot and an
// axe-core accessibility check of every page, the mail the suite's mail sink stored, and test files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB = path.dirname(here);
export const ROOT = path.dirname(WEB);
export const RESULTS = path.join(WEB, 'test-results');
export const BASE = (process.env.JOBMATCH_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const MAIL_DIR = process.env.JOBMATCH_MAIL_DIR ?? path.join(ROOT, '.suite', 'mail');
export const ADMIN = { email: process.env.JOBMATCH_ADMIN_EMAIL ?? 'admin@jobmatch.local', password: process.env.JOBMATCH_ADMIN_PASSWORD ?? '' };
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

fs.mkdirSync(RESULTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser context (its own session storage) with a page on the suite. */
export async function newPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ baseURL: BASE, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.errors = errors;
  return page;
}

/**
 * A full-page screenshot kept as a test artifact, and an axe-core check (WCAG 2 A and AA rules) of the page as it is
 * now. axe runs through the DevTools protocol (page.evaluate), which the app's Content-Security-Policy does not block.
 */
export async function checkPage(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  fs.writeFileSync(path.join(RESULTS, `${name}.axe.json`), JSON.stringify(result.violations, null, 2));
  assert.deepEqual(violations, [], `accessibility violations on ${name} (${page.url()})`);
  assert.deepEqual(page.errors, [], `script errors on ${name}`);
}

/** The newest mail the suite's mail sink stored for this address, its body decoded (quoted-printable). */
export async function latestMail(to, subjectWord, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  const safe = to.replace(/[^A-Za-z0-9@._+-]/g, '_');
  while (Date.now() < deadline) {
    const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).filter((f) => f.endsWith(`-${safe}.eml`)).sort() : [];
    for (const f of files.reverse()) {
      const raw = fs.readFileSync(path.join(MAIL_DIR, f), 'utf8');
      const quoted = /^Content-Transfer-Encoding:\s*quoted-printable/im.test(raw);
      const text = quoted ? raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) : raw;
      if (!subjectWord || text.includes(subjectWord)) return text;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to}${subjectWord ? ` about "${subjectWord}"` : ''} in ${MAIL_DIR} within ${timeoutMs} ms`);
}

/** The link to the web app in a mail (verification, password reset), on the suite's gateway. */
export function linkIn(mail, pathPrefix) {
  const m = mail.match(new RegExp(`https?://[^\\s]*${pathPrefix}\\?token=[^\\s]+`));
  assert.ok(m, `a ${pathPrefix} link in the mail:\n${mail}`);
  const url = new URL(m[0]);
  return `${url.pathname}${url.search}`;
}

/** A PDF whose only page is a picture of text, as a scanner makes it: no text layer. */
export function scannedPdf() {
  const w = 200, h = 100, pixels = Buffer.alloc(w * h, 255);
  for (let line = 0; line < 8; line++) for (let word = 0; word < 5; word++)
    for (let y = 8 + line * 11; y < 14 + line * 11; y++) for (let x = 6 + word * 38; x < 36 + word * 38 - ((line * word) % 9); x++) pixels[y * w + x] = 20;
  const parts = [];
  const offsets = [];
  let length = 0;
  const push = (b) => { const buf = Buffer.isBuffer(b) ? b : Buffer.from(b, 'latin1'); parts.push(buf); length += buf.length; };
  const obj = (n, body) => { offsets[n] = length; push(`${n} 0 obj\n`); body(); push('\nendobj\n'); };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  obj(1, () => push('<< /Type /Catalog /Pages 2 0 R >>'));
  obj(2, () => push('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  obj(3, () => push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'));
  obj(4, () => { push(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`); push(pixels); push('\nendstream'); });
  const content = 'q 560 0 0 280 26 460 cm /Im1 Do Q';
  obj(5, () => push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  const xref = length;
  push(`xref\n0 6\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/**
 * A text PDF of the given lines (Helvetica, one line under the other) whose information dictionary says it was created
 * on {@code createdOn} (YYYY-MM-DD), as a resume saved years ago and uploaded now is.
 */
export function textPdf(lines, createdOn) {
  const parts = [];
  const offsets = [];
  let length = 0;
  const push = (b) => { const buf = Buffer.from(b, 'latin1'); parts.push(buf); length += buf.length; };
  const obj = (n, body) => { offsets[n] = length; push(`${n} 0 obj\n${body}\nendobj\n`); };
  const escaped = (line) => line.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines.map((line, i) => `BT /F1 11 Tf 72 ${740 - 16 * i} Td (${escaped(line)}) Tj ET`).join('\n');
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>');
  obj(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  obj(5, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  obj(6, `<< /Producer (browser test) /CreationDate (D:${createdOn.replaceAll('-', '')}093000Z) >>`);
  const xref = length;
  push(`xref\n0 7\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** Sample jobs for the import: the software postings the demo resume fits, two of every other occupation, one bad row. */
export function sampleJobs() {
  const all = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'sample-data', 'jobs.json'), 'utf8'));
  const byOccupation = new Map();
  for (const job of all) {
    const occupation = job.externalId.replace(/^sample-/, '').replace(/-\d+$/, '');
    const list = byOccupation.get(occupation) ?? [];
    if (occupation.startsWith('software') ? list.length < 12 : list.length < 2) list.push(job);
    byOccupation.set(occupation, list);
  }
  const jobs = [...byOccupation.values()].flat();
  jobs.push({ externalId: 'browser-test-no-title', company: 'Nobody', description: 'A posting without a title is refused.' });
  // A posting that does not say how the work is arranged: for someone who filters on remote work it is not known to
  // pass, so it is listed after the jobs that are, flagged with what it leaves open.
  jobs.push({
    externalId: 'browser-test-arrangement-unstated', title: 'Warehouse Associate', company: 'Quiet Freight',
    location: 'Seattle, Washington, US', country: 'US', region: 'Washington',
    description: 'Pick, pack and ship customer orders in our Seattle warehouse. Operate pallet jacks, keep the aisles '
      + 'tidy and count stock at the end of each shift. Six months of warehouse experience and a high-school diploma.',
  });
  const file = path.join(RESULTS, 'jobs-for-import.json');
  fs.writeFileSync(file, JSON.stringify(jobs));
  return { file, count: jobs.length };
}

export function unique(prefix) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@browser-test.jobmatch.local`;
}

/** Waits for a condition that the page reaches by reloading (background work finishing), without fixed sleeps. */
export async function eventually(action, { timeoutMs = 180_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let delay = 500, last;
  while (Date.now() < deadline) {
    try { const v = await action(); if (v) return v; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 1.5, 5000);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}
