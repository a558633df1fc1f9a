// Reviewing a parsed resume: correct its fields (each save is a new version), its versions, a comparison of two
// versions field by field, and restoring an old one (also a new version, so nothing is ever lost).
import { useState, type FormEvent } from 'react';
import { resumes } from '../api/client';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/resume';
import { navigate, useLocation } from '../router';
import { Link, Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

// A field's new value is any JSON value (the contract says so): the form's text and lists go as they are.
type FieldValue = components['schemas']['FieldValue'];
type FieldChange = components['schemas']['FieldChange'];
const VERSIONS_PAGE = 10;

/** The resume's name and a way back to it, shared by the review pages. */
function Back({ id }: { id: string }) {
  return <p><Link href={`/resumes/${id}`}>Back to the resume</Link></p>;
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** The form: one input per field a person most often needs to fix; only what changed is sent. */
export function ResumeEdit({ id }: { id: string }) {
  useTitle('Correct your resume');
  const loaded = useLoad(async () => unwrap(await resumes.GET('/api/resumes/{id}', { params: { path: { id } } })), [id]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  if (loaded.problem) return <ProblemAlert problem={loaded.problem} />;
  if (!loaded.data) return <Loading />;
  const d = loaded.data.resumeData ?? {};
  const c = d.contact_info ?? {};
  const work = d.work_experience ?? [];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    // Line ends as the textarea gives them may be CRLF; the stored text has LF, and only a real change should be sent.
    const text = (name: string) => String(f.get(name) ?? '').replace(/\r\n/g, '\n').trim();
    const changes: FieldValue[] = [];
    const changed = (field: string, before: string | undefined, after: string) => {
      if ((before ?? '').replace(/\r\n/g, '\n').trim() !== after) changes.push({ field, value: after });
    };
    changed('contact_info.full_name', c.full_name, text('full_name'));
    changed('contact_info.email', c.email, text('email'));
    changed('contact_info.phone', c.phone, text('phone'));
    changed('summary', d.summary, text('summary'));
    const skills = list(text('skills'));
    if (skills.join('\n') !== (d.skills ?? []).join('\n')) changes.push({ field: 'skills', value: skills });
    work.forEach((w, i) => {
      changed(`work_experience[${i}].position`, w.position, text(`position-${i}`));
      changed(`work_experience[${i}].company`, w.company, text(`company-${i}`));
    });
    // Nothing changed is still sent: the service answers why it refuses an empty correction, and that is shown.
    setBusy(true); setProblem(null);
    try {
      const saved = unwrap(await resumes.POST('/api/resumes/{id}/corrections', {
        params: { path: { id } }, body: { changes, summary: text('change-summary') || undefined },
      }));
      navigate(`/resumes/${id}/history?saved=${saved.currentVersion}`);
    } catch (err) { setProblem(problemOf(err)); } finally { setBusy(false); }
  };

  return (
    <>
      <h1>Correct your resume</h1>
      <Back id={id} />
      <p className="muted">Saving makes a new version (now version {loaded.data.currentVersion}); the earlier ones stay in the history.</p>
      <form onSubmit={submit} className="card narrow-wide" noValidate>
        <ProblemAlert problem={problem} />
        <fieldset className="plain"><legend>Contact</legend>
          <Labelled id="full_name" label="Full name" value={c.full_name} />
          <Labelled id="email" label="Email" value={c.email} type="email" />
          <Labelled id="phone" label="Phone" value={c.phone} type="tel" />
        </fieldset>
        <div className="field">
          <label htmlFor="f-summary">Summary</label>
          <textarea id="f-summary" name="summary" rows={4} defaultValue={d.summary ?? ''} />
        </div>
        <Labelled id="skills" label="Skills (comma-separated)" value={(d.skills ?? []).join(', ')} />
        {work.map((w, i) => (
          <fieldset className="plain" key={i}><legend>Experience {i + 1}</legend>
            <div className="row-fields">
              <Labelled id={`position-${i}`} label="Position" value={w.position} />
              <Labelled id={`company-${i}`} label="Company" value={w.company} />
            </div>
          </fieldset>
        ))}
        <Labelled id="change-summary" label="What you changed (optional)" value="" />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save as a new version'}</button>
      </form>
    </>
  );
}

function Labelled({ id, label, value, type = 'text' }: { id: string; label: string; value?: string | null; type?: string }) {
  return (
    <div className="field">
      <label htmlFor={`f-${id}`}>{label}</label>
      <input id={`f-${id}`} name={id} type={type} defaultValue={value ?? ''} />
    </div>
  );
}

/** A JSON value of a field change as a person reads it: text as it is, lists joined, objects as compact JSON. */
function show(value: unknown): string {
  if (value == null) return '—';
  if (typeof value === 'string') return value || '—';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || '—';
  return JSON.stringify(value);
}

export function Changes({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p>No field differs.</p>;
  return (
    <table className="table diff" data-testid="diff">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Field</th><th scope="col">Change</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
      <tbody>
        {changes.map((ch, i) => (
          <tr key={i}>
            <th scope="row"><code>{ch.field}</code></th>
            <td>{ch.changeType?.toLowerCase()}</td>
            <td><del>{show(ch.oldValue)}</del></td>
            <td><ins>{show(ch.newValue)}</ins></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The versions (paged, newest first), two chosen to compare, and restore for an old one. */
export function ResumeHistory({ id }: { id: string }) {
  useTitle('Resume versions');
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const saved = loc.searchParams.get('saved');
  const resume = useLoad(async () => unwrap(await resumes.GET('/api/resumes/{id}', { params: { path: { id } } })), [id]);
  const versions = useLoad(async () => unwrap(await resumes.GET('/api/resumes/{id}/versions', {
    params: { path: { id }, query: { page, size: VERSIONS_PAGE } },
  })), [id, page]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [comparison, setComparison] = useState<components['schemas']['Comparison'] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(saved ? `Saved as version ${saved}.` : null);
  const current = resume.data?.currentVersion;
  const items = versions.data?.items ?? [];
  // By default compare the two newest versions, the change most often wanted.
  const a = from ?? (items.length > 1 ? items[1].version! : null);
  const b = to ?? (items.length > 0 ? items[0].version! : null);

  const compare = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null); setComparison(null);
    try {
      setComparison(unwrap(await resumes.GET('/api/resumes/{id}/versions/compare', {
        params: { path: { id }, query: { from: a ?? undefined, to: b ?? undefined } },
      })));
    } catch (err) { setProblem(problemOf(err)); }
  };
  const restore = async (version: number) => {
    setProblem(null); setDone(null);
    try {
      const r = unwrap(await resumes.POST('/api/resumes/{id}/versions/{version}/restore', { params: { path: { id, version } } }));
      setDone(`Version ${version} restored as version ${r.currentVersion}.`);
      resume.reload(); versions.reload();
      navigate(`/resumes/${id}/history`, true);
    } catch (err) { setProblem(problemOf(err)); }
  };

  return (
    <>
      <h1>Resume versions</h1>
      <Back id={id} />
      {done && <Notice>{done}</Notice>}
      <ProblemAlert problem={versions.problem ?? resume.problem ?? problem} />
      {versions.loading && !versions.data && <Loading />}
      {versions.data && (
        <form onSubmit={compare}>
          <table className="table">
            <caption>Versions, newest first</caption>
            <thead><tr><th scope="col">Version</th><th scope="col">Made by</th><th scope="col">When</th>
              <th scope="col">Compare from</th><th scope="col">Compare to</th><th scope="col">Restore</th></tr></thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}{v.version === current && <span className="badge">current</span>}</th>
                  <td>{v.changeSource}{v.changeSummary && <div className="muted">{v.changeSummary}</div>}</td>
                  <td>{formatDate(v.createdAt)}</td>
                  <td><input type="radio" name="from" aria-label={`Compare from version ${v.version}`} checked={a === v.version} onChange={() => setFrom(v.version!)} /></td>
                  <td><input type="radio" name="to" aria-label={`Compare to version ${v.version}`} checked={b === v.version} onChange={() => setTo(v.version!)} /></td>
                  <td>{v.version !== current &&
                    <button type="button" onClick={() => restore(v.version!)}>Restore<span className="visually-hidden"> version {v.version}</span></button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={VERSIONS_PAGE} total={versions.data.total ?? 0} onPage={(p) => navigate(`/resumes/${id}/history?page=${p}`)} />
          <button type="submit" className="primary" disabled={a == null || b == null}>Compare</button>
        </form>
      )}
      {comparison && <section className="card" aria-labelledby="cmp-h">
        <h2 id="cmp-h">From version {comparison.from} to version {comparison.to}</h2>
        <Changes changes={comparison.changes ?? []} caption={`Fields that differ between version ${comparison.from} and ${comparison.to}`} />
      </section>}
    </>
  );
}
