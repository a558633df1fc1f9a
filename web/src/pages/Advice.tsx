// Advice on one resume: quality analyses (scores, findings and how to fix them) and suggestions that fit the resume
// to one job, each accepted (applied as a new version) or rejected.
import { useState, type FormEvent } from 'react';
import { matching, resumes } from '../api/client';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/resume';
import { navigate, useLocation } from '../router';
import { Link, Loading, Meter, Notice, Pager, ProblemAlert, formatDate, fraction, useLoad, useTitle } from '../ui';

type Analysis = components['schemas']['AnalysisView'];
type Suggestion = components['schemas']['OptimizationView'];
const SUGGESTIONS_PAGE = 10;

export function ResumeAdvice({ id }: { id: string }) {
  useTitle('Improve your resume');
  return (
    <>
      <h1>Improve your resume</h1>
      <p><Link href={`/resumes/${id}`}>Back to the resume</Link> · <Link href={`/resumes/${id}/history`}>Versions</Link></p>
      <Analyses id={id} />
      <Suggestions id={id} />
    </>
  );
}

function Analyses({ id }: { id: string }) {
  const list = useLoad(async () => unwrap(await resumes.GET('/api/resumes/{id}/analyses', {
    params: { path: { id }, query: { page: 0, size: 5 } },
  })), [id]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const analyze = async () => {
    setBusy(true); setProblem(null);
    try {
      unwrap(await resumes.POST('/api/resumes/{id}/analyses', { params: { path: { id } } }));
      list.reload();
    } catch (e) { setProblem(problemOf(e)); } finally { setBusy(false); }
  };
  const [latest, ...earlier] = list.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="analysis-h">
      <h2 id="analysis-h">Analysis</h2>
      <p className="muted">What a reader and an applicant tracking system see: missing sections, weak lines, dates and contact details.</p>
      <button type="button" className="primary" onClick={analyze} disabled={busy}>{busy ? 'Analysing…' : 'Analyse this resume'}</button>
      <ProblemAlert problem={problem ?? list.problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && !latest && <p>No analysis yet.</p>}
      {latest && <AnalysisCard analysis={latest} />}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier analyses ({(list.data?.total ?? 1) - 1})</summary>
          <ul>{earlier.map((a) => <li key={a.id}>{formatDate(a.createdAt)}, version {a.version}: {Math.round(a.overallScore ?? 0)} overall, {Math.round(a.atsScore ?? 0)} ATS</li>)}</ul>
        </details>
      )}
    </section>
  );
}

function AnalysisCard({ analysis: a }: { analysis: Analysis }) {
  return (
    <div data-testid="analysis">
      <h3>Version {a.version}, {formatDate(a.createdAt)}</h3>
      <p className="actions"><Meter value={fraction(a.overallScore)} label="Overall" /> <Meter value={fraction(a.atsScore)} label="ATS" /></p>
      {(a.sectionsMissing?.length ?? 0) > 0 && <p><span className="gap-text">Missing sections:</span> {a.sectionsMissing!.join(', ')}</p>}
      {(a.findings?.length ?? 0) === 0 ? <p>No findings: nothing to fix.</p> : (
        <ul className="findings">
          {a.findings!.map((f, i) => (
            <li key={i}>
              <strong>{f.message}</strong> <span className={`badge badge-${f.severity?.toLowerCase()}`}>{f.severity?.toLowerCase()}</span>
              {f.fix && <div>How to fix: {f.fix}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The resume's best matches, to choose the job the suggestions should fit it to. */
function useJobs(resumeId: string) {
  return useLoad(async () => unwrap(await matching.GET('/api/matches', { params: { query: { resumeId, page: 0, size: 20 } } })).items ?? [], [resumeId]);
}

function Suggestions({ id }: { id: string }) {
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const jobs = useJobs(id);
  const list = useLoad(async () => unwrap(await resumes.GET('/api/resumes/{id}/optimizations', {
    params: { path: { id }, query: { page, size: SUGGESTIONS_PAGE } },
  })), [id, page]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = (jobId?: string) => jobs.data?.find((j) => j.jobId === jobId)?.title ?? 'a job';

  const suggest = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const jobId = String(new FormData(e.currentTarget).get('job') ?? '');
    setBusy(true); setProblem(null); setDone(null);
    try {
      const made = unwrap(await resumes.POST('/api/resumes/{id}/optimizations', { params: { path: { id } }, body: { jobId } }));
      setDone(made?.length ? `${made.length} suggestions for ${title(jobId)}.`
        : `No changes to suggest for ${title(jobId)}: the resume already says what this job asks for.`);
      if (page !== 0) navigate(`/resumes/${id}/advice`); else list.reload();
    } catch (err) { setProblem(problemOf(err)); } finally { setBusy(false); }
  };
  const decide = async (s: Suggestion, accept: boolean) => {
    setProblem(null); setDone(null);
    try {
      const path = { id, optimizationId: s.id! };
      const r = accept
        ? unwrap(await resumes.POST('/api/resumes/{id}/optimizations/{optimizationId}/accept', { params: { path } }))
        : unwrap(await resumes.POST('/api/resumes/{id}/optimizations/{optimizationId}/reject', { params: { path } }));
      setDone(accept ? `Applied: your resume is now version ${r.appliedVersion}.` : 'Suggestion rejected.');
      list.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };

  return (
    <section className="card" aria-labelledby="sugg-h">
      <h2 id="sugg-h">Suggestions for a job</h2>
      <form onSubmit={suggest} className="row-fields">
        <div className="field">
          <label htmlFor="sugg-job">Job to fit the resume to</label>
          <select id="sugg-job" name="job" defaultValue={loc.searchParams.get('job') ?? ''} key={jobs.data?.length ?? 0}>
            {(jobs.data ?? []).length === 0 && <option value="">No matching jobs yet</option>}
            {(jobs.data ?? []).map((j) => <option key={j.jobId} value={j.jobId}>{j.title}{j.company ? ` at ${j.company}` : ''}</option>)}
          </select>
        </div>
        <div className="field"><button type="submit" className="primary" disabled={busy}>{busy ? 'Thinking…' : 'Suggest changes'}</button></div>
      </form>
      <ProblemAlert problem={problem ?? list.problem ?? jobs.problem} />
      {done && <Notice>{done}</Notice>}
      {list.loading && !list.data && <Loading />}
      {list.data && (list.data.items?.length ? (
        <>
          <ul className="rows" aria-label="Suggestions">
            {list.data.items.map((s) => (
              <li key={s.id} className="row suggestion">
                <div>
                  <strong>{s.type?.replace(/_/g, ' ').toLowerCase()}</strong> <span className="muted">in {s.field ?? s.section}, for {title(s.jobId)}</span>{' '}
                  <span className={`badge badge-${s.status}`}>{s.status}</span>
                  {s.before && <p>Before: <del>{s.before}</del></p>}
                  {s.after && <p>After: <ins>{s.after}</ins></p>}
                  {s.why && <p className="muted">Why: {s.why}</p>}
                  {s.appliedVersion && <p className="muted">Applied as version {s.appliedVersion}.</p>}
                </div>
                {s.status === 'pending' && (
                  <div className="actions">
                    <button type="button" className="primary" onClick={() => decide(s, true)}>Accept<span className="visually-hidden"> {s.type} in {s.field ?? s.section}</span></button>
                    <button type="button" onClick={() => decide(s, false)}>Reject<span className="visually-hidden"> {s.type} in {s.field ?? s.section}</span></button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Pager page={page} size={SUGGESTIONS_PAGE} total={list.data.total ?? 0} onPage={(p) => navigate(`/resumes/${id}/advice?page=${p}`)} />
        </>
      ) : <p>No suggestions yet: choose a job and ask for them.</p>)}
    </section>
  );
}
