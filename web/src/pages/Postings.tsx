// The organization's own jobs: drafts, published and closed, created from fields or a template, edited, published,
// closed and reopened. Hiring managers read them; the service answers 403 to their changes, shown as it words it.
import { useState, type FormEvent } from 'react';
import { matching } from '../api/client';
import type { components } from '../api/matching';
import { itemsOf, totalOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { navigate, useLocation } from '../router';
import { Field, Link, Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

type Posting = components['schemas']['PostingFields'];
const SIZE = 20;
const STATUSES = ['', 'DRAFT', 'PUBLISHED', 'CLOSED'] as const;
const statusLabel = (s?: string) => (s ? s.charAt(0) + s.slice(1).toLowerCase() : 'All');
const ARRANGEMENTS = ['', 'ONSITE', 'HYBRID', 'REMOTE'];

export function RecruiterNav({ current }: { current: string }) {
  const links = [['/recruiter/postings', 'Our jobs'], ['/recruiter/talent', 'Submissions and hot list'], ['/organization', 'Organization'], ['/recruiter', 'Search candidates']];
  return (
    <nav aria-label="Recruiting" className="actions subnav">
      {links.map(([href, label]) => <Link key={href} href={href} aria-current={current === href ? 'page' : undefined}>{label}</Link>)}
    </nav>
  );
}

/** The fields a recruiter edits, as a form; lists are comma-separated. */
function PostingForm({ initial, submitLabel, problem, onSubmit }: {
  initial?: Posting; submitLabel: string; problem: Problem | null; onSubmit: (p: Posting) => void;
}) {
  const [f, setF] = useState({
    title: initial?.title ?? '', company: initial?.company ?? '', location: initial?.location ?? '',
    description: initial?.description ?? '', keySkills: (initial?.keySkills ?? []).join(', '),
    workArrangement: (initial?.workArrangement as string | undefined) ?? '',
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const skills = f.keySkills.split(',').map((s) => s.trim()).filter(Boolean);
    onSubmit({
      ...initial,
      title: f.title || undefined, company: f.company || undefined, location: f.location || undefined,
      description: f.description || undefined, keySkills: skills.length ? skills : undefined,
      workArrangement: (f.workArrangement || undefined) as Posting['workArrangement'],
    });
  };
  return (
    <form onSubmit={submit}>
      <div className="row-fields">
        <Field label="Title" name="title" value={f.title} onChange={set('title')} problem={problem} />
        <Field label="Company" name="company" value={f.company} onChange={set('company')} problem={problem} />
        <Field label="Location" name="location" value={f.location} onChange={set('location')} problem={problem} />
        <div className="field">
          <label htmlFor="f-workArrangement">Work arrangement</label>
          <select id="f-workArrangement" value={f.workArrangement} onChange={set('workArrangement')}>
            {ARRANGEMENTS.map((a) => <option key={a} value={a}>{a ? statusLabel(a) : 'Not said'}</option>)}
          </select>
        </div>
      </div>
      <Field label="Key skills (comma-separated)" name="keySkills" value={f.keySkills} onChange={set('keySkills')} problem={problem} />
      <div className="field">
        <label htmlFor="f-description">Description</label>
        <textarea id="f-description" rows={8} value={f.description} onChange={set('description')} />
      </div>
      <button type="submit" className="primary">{submitLabel}</button>
    </form>
  );
}

export function Postings() {
  useTitle('Our jobs');
  const loc = useLocation();
  const status = loc.searchParams.get('status') ?? '';
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const jobs = useLoad(async () => unwrap(await matching.GET('/api/recruiting/jobs', {
    params: { query: { status: status || undefined, page, size: SIZE } },
  })), [status, page]);
  const templates = useLoad(async () => unwrap(await matching.GET('/api/recruiting/templates', { params: { query: { size: 200 } } })), []);
  const [templateId, setTemplateId] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const create = async (posting: Posting) => {
    setProblem(null);
    try {
      const job = unwrap(await matching.POST('/api/recruiting/jobs', { body: { templateId: templateId || undefined, posting } }));
      navigate(`/recruiter/postings/${job.id}`);
    } catch (e) { setProblem(problemOf(e)); }
  };
  const items = itemsOf(jobs.data);
  const tpl = itemsOf(templates.data);
  return (
    <>
      <RecruiterNav current="/recruiter/postings" />
      <h1>Our jobs</h1>
      <nav aria-label="Job status" className="actions">
        {STATUSES.map((s) => (
          <Link key={s} className="button" href={`/recruiter/postings${s ? `?status=${s}` : ''}`} aria-current={s === status ? 'page' : undefined}>{statusLabel(s)}</Link>
        ))}
      </nav>
      <ProblemAlert problem={jobs.problem} />
      {jobs.loading && !jobs.data && <Loading />}
      {jobs.data && items.length === 0 && <p>No job{status ? ` ${statusLabel(status).toLowerCase()}` : ''} yet.</p>}
      <ul className="rows" aria-label="Jobs">
        {items.map((j) => (
          <li key={j.id} className="row">
            <div>
              <Link href={`/recruiter/postings/${j.id}`}><strong>{j.posting?.title || 'Untitled job'}</strong></Link>{' '}
              <span className={`badge badge-${j.status?.toLowerCase()}`}>{statusLabel(j.status)}</span>
              <div className="muted">{[j.posting?.company, j.posting?.location, `updated ${formatDate(j.updatedAt)}`].filter(Boolean).join(' · ')}</div>
            </div>
            {j.status !== 'DRAFT' && <Link className="button" href={`/recruiter/postings/${j.id}/applicants`}>Applicants <span className="visually-hidden">of {j.posting?.title}</span></Link>}
          </li>
        ))}
      </ul>
      <Pager page={page} size={SIZE} total={totalOf(jobs.data, items.length)} onPage={(p) => navigate(`/recruiter/postings?status=${status}&page=${p}`)} />

      <section aria-labelledby="new-h" className="card">
        <h2 id="new-h">New job</h2>
        <p className="muted">A new job is a draft that only your organization sees until you publish it. Fields left empty come from the template.</p>
        <div className="field">
          <label htmlFor="template">Start from a template</label>
          <select id="template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            <option value="">No template</option>
            {tpl.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </div>
        <ProblemAlert problem={problem} />
        <PostingForm key={templateId} submitLabel="Create draft" problem={problem} onSubmit={create} />
      </section>
    </>
  );
}

export function PostingDetail({ id }: { id: string }) {
  const job = useLoad(async () => unwrap(await matching.GET('/api/recruiting/jobs/{id}', { params: { path: { id } } })), [id]);
  useTitle(job.data?.posting?.title ?? 'Job');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [templateName, setTemplateName] = useState('');
  const act = async (call: () => Promise<unknown>, message: string) => {
    setProblem(null); setDone(null);
    try { await call(); setDone(message); job.reload(); } catch (e) { setProblem(problemOf(e)); }
  };
  if (job.problem) return <><RecruiterNav current="" /><h1>Job</h1><ProblemAlert problem={job.problem} /></>;
  if (!job.data) return <Loading />;
  const j = job.data;
  const path = { params: { path: { id } } };
  return (
    <>
      <RecruiterNav current="" />
      <p><Link href="/recruiter/postings">← Our jobs</Link></p>
      <h1>{j.posting?.title || 'Untitled job'} <span className={`badge badge-${j.status?.toLowerCase()}`}>{statusLabel(j.status)}</span></h1>
      <p className="muted">
        Created {formatDate(j.createdAt)}{j.publishedAt ? ` · published ${formatDate(j.publishedAt)}` : ''}{j.closedAt ? ` · closed ${formatDate(j.closedAt)}` : ''}
      </p>
      <div className="actions">
        {j.status === 'DRAFT' && <button type="button" className="primary" onClick={() => act(async () => unwrap(await matching.POST('/api/recruiting/jobs/{id}/publish', path)), 'Published: the job is in the catalogue and open to applications.')}>Publish</button>}
        {j.status === 'PUBLISHED' && <button type="button" onClick={() => act(async () => unwrap(await matching.POST('/api/recruiting/jobs/{id}/close', path)), 'Closed: the job takes no more applications.')}>Close</button>}
        {j.status === 'CLOSED' && <button type="button" onClick={() => act(async () => unwrap(await matching.POST('/api/recruiting/jobs/{id}/reopen', path)), 'Reopened.')}>Reopen</button>}
        {j.status !== 'DRAFT' && <Link className="button" href={`/recruiter/postings/${id}/applicants`}>Applicants</Link>}
      </div>
      <ProblemAlert problem={problem} />
      {done && <Notice>{done}</Notice>}
      <section aria-labelledby="edit-h" className="card">
        <h2 id="edit-h">Edit</h2>
        {j.status === 'CLOSED' ? <p>A closed job is not edited; reopen it first.</p> : (
          <PostingForm key={j.updatedAt} initial={j.posting} submitLabel="Save changes" problem={problem}
            onSubmit={(posting) => act(async () => unwrap(await matching.PUT('/api/recruiting/jobs/{id}', { ...path, body: posting })), 'Saved.')} />
        )}
      </section>
      <section aria-labelledby="tpl-h" className="card">
        <h2 id="tpl-h">Save as a template</h2>
        <form className="row-fields" onSubmit={(e) => {
          e.preventDefault();
          void act(async () => unwrap(await matching.POST('/api/recruiting/templates', { body: { name: templateName, posting: j.posting ?? {} } })), `Template "${templateName}" saved.`);
        }}>
          <Field label="Template name" name="name" value={templateName} onChange={(e) => setTemplateName(e.target.value)} problem={problem} />
          <button type="submit">Save template</button>
        </form>
      </section>
    </>
  );
}
