// Recruiters: find a job in the catalogue, then the candidates who let recruiters find them, ranked for it, each
// with the explanation of their score.
import { useState, type FormEvent } from 'react';
import { matching } from '../api/client';
import { unwrap } from '../api/problem';
import { navigate, useLocation } from '../router';
import { Link, Loading, Meter, Pager, ProblemAlert, fraction, useLoad, useTitle } from '../ui';

const SIZE = 20;

export function Recruiter() {
  useTitle('Candidates');
  const loc = useLocation();
  const q = loc.searchParams.get('q') ?? '';
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const jobs = useLoad(async () => unwrap(await matching.GET('/api/jobs', { params: { query: { q: q || undefined, page, size: SIZE } } })), [q, page]);
  const [text, setText] = useState(q);
  const search = (e: FormEvent) => { e.preventDefault(); navigate(`/recruiter?q=${encodeURIComponent(text)}`); };
  return (
    <>
      <h1>Find candidates for a job</h1>
      <form role="search" onSubmit={search} className="searchbar">
        <label htmlFor="job-q">Search jobs</label>
        <input id="job-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="title, company or skill" />
        <button type="submit">Search</button>
      </form>
      <ProblemAlert problem={jobs.problem} />
      {jobs.loading && !jobs.data && <Loading />}
      {jobs.data && (
        <>
          {jobs.data.items?.length === 0 && <p>No job found.</p>}
          <ul className="rows">
            {(jobs.data.items ?? []).map((j) => (
              <li key={j.id} className="row">
                <div>
                  <Link href={`/recruiter/jobs/${j.id}`}><strong>{j.title}</strong></Link>
                  <div className="muted">{[j.company, j.location, j.collarType?.toLowerCase()].filter(Boolean).join(' · ')}</div>
                </div>
                <Link className="button" href={`/recruiter/jobs/${j.id}`}>Ranked candidates</Link>
              </li>
            ))}
          </ul>
          <Pager page={page} size={SIZE} total={jobs.data.total ?? 0} onPage={(p) => navigate(`/recruiter?q=${encodeURIComponent(q)}&page=${p}`)} />
        </>
      )}
    </>
  );
}

export function RecruiterJob({ jobId }: { jobId: string }) {
  const page = Number(useLocation().searchParams.get('page') ?? 0) || 0;
  const data = useLoad(async () => {
    const [job, ranking] = await Promise.all([
      matching.GET('/api/jobs/{id}', { params: { path: { id: jobId } } }).then(unwrap),
      matching.GET('/api/matches/jobs/{jobId}/candidates', { params: { path: { jobId }, query: { page, size: SIZE } } }).then(unwrap),
    ]);
    return { job, ranking };
  }, [jobId, page]);
  useTitle(data.data ? `Candidates for ${data.data.job.title}` : 'Candidates');
  if (data.problem) return <><h1>Candidates</h1><ProblemAlert problem={data.problem} /></>;
  if (!data.data) return <Loading what="Ranking candidates" />;
  const { job, ranking } = data.data;
  const items = ranking.items ?? [];
  return (
    <>
      <p><Link href="/recruiter">← Jobs</Link></p>
      <h1>Candidates for {job.title}</h1>
      <p className="muted">{[job.company, job.location].filter(Boolean).join(' · ')} · {ranking.considered ?? items.length} candidates considered{ranking.complete === false ? ' (the first 1,000)' : ''}</p>
      {items.length === 0 && <p>No candidate has made a resume searchable yet.</p>}
      <ol className="matches" start={page * SIZE + 1} aria-label="Ranked candidates">
        {items.map((c) => {
          const r = c.match ?? {};
          return (
            <li key={c.resumeId} className={`card match${(r.knockOuts?.length ?? 0) > 0 ? ' knocked' : ''}`}>
              <div className="match-head">
                <div>
                  <h2>{c.name || 'Candidate'}</h2>
                  {c.headline && <div className="muted">{c.headline}</div>}
                </div>
                <div className="score" aria-label={`Score ${Math.round((fraction(r.overallScore) ?? 0) * 100)} out of 100`}>{Math.round((fraction(r.overallScore) ?? 0) * 100)}</div>
              </div>
              <Meter value={r.confidence} label="Confidence" />
              {(r.knockOuts?.length ?? 0) > 0 && <p className="knockout"><strong>Knocked out:</strong> {r.knockOuts!.map((k) => k.requirement ?? k.type).join('; ')}</p>}
              {(r.reasons?.length ?? 0) > 0 && <ul>{r.reasons!.map((x, i) => <li key={i}>{x}</li>)}</ul>}
              <p><span className="ok-text">Has:</span> {(r.matchedSkills ?? []).filter((s) => s.matchType !== 'SIMILAR').map((s) => s.name).join(', ') || '—'}</p>
              {(r.missingRequiredSkills?.length ?? 0) > 0 && <p><span className="gap-text">Missing:</span> {r.missingRequiredSkills!.map((s) => s.name).join(', ')}</p>}
            </li>
          );
        })}
      </ol>
      {(page > 0 || items.length === SIZE) && (
        <nav className="pager" aria-label="Pages">
          <button type="button" disabled={page === 0} onClick={() => navigate(`/recruiter/jobs/${jobId}?page=${page - 1}`)}>Previous</button>
          <span>Page {page + 1}</span>
          <button type="button" disabled={items.length < SIZE} onClick={() => navigate(`/recruiter/jobs/${jobId}?page=${page + 1}`)}>Next</button>
        </nav>
      )}
    </>
  );
}
