// The ranked matches of a resume and the page of one match: explanation, matched requirements highlighted in the
// resume text, missing skills, what would raise the score; feedback, save and apply.
import { useMemo, useState, type ReactNode } from 'react';
import { matching, resumes } from '../api/client';
import { itemsOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/matching';
import type { components as ResumeComponents } from '../api/resume';
import { navigate, useLocation } from '../router';
import { Link, Loading, Meter, Notice, Pager, ProblemAlert, fraction as pct, useLoad, useTitle } from '../ui';

type MatchResult = components['schemas']['MatchResult'];
type ResumeData = ResumeComponents['schemas']['ResumeData'];
const SIZE = 10;

/** The resume to match: ?resume=..., else the primary parsed one, else the newest parsed one. */
function usePickedResume() {
  const loc = useLocation();
  const wanted = loc.searchParams.get('resume');
  return useLoad(async () => {
    const list = itemsOf(unwrap(await resumes.GET('/api/resumes', { params: { query: { size: 50 } } })));
    const parsed = list.filter((r) => r.status === 'parsed');
    const picked = parsed.find((r) => r.id === wanted) ?? parsed.find((r) => r.primary) ?? parsed[0] ?? null;
    return { parsed, picked };
  }, [wanted]);
}

export function Matches() {
  useTitle('Your matches');
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const picked = usePickedResume();
  const resumeId = picked.data?.picked?.id ?? null;
  const list = useLoad(async () => resumeId
    ? unwrap(await matching.GET('/api/matches', { params: { query: { resumeId, page, size: SIZE } } }))
    : null, [resumeId, page]);
  const go = (p: number) => navigate(`/matches?resume=${resumeId}&page=${p}`);

  return (
    <>
      <h1>Jobs that fit you</h1>
      <ProblemAlert problem={picked.problem ?? list.problem} />
      {picked.loading && <Loading />}
      {picked.data && !picked.data.picked && <p>No parsed resume yet. <Link href="/resumes">Upload one</Link> to see your matches.</p>}
      {picked.data && picked.data.parsed.length > 1 && (
        <div className="field inline">
          <label htmlFor="resume-pick">Resume</label>
          <select id="resume-pick" value={resumeId ?? ''} onChange={(e) => navigate(`/matches?resume=${e.target.value}`)}>
            {picked.data.parsed.map((r) => <option key={r.id} value={r.id}>{r.title || r.id}</option>)}
          </select>
        </div>
      )}
      {list.loading && resumeId && <Loading what="Ranking jobs" />}
      {list.data && (
        <>
          {list.data.items?.length === 0 && <Notice>No matching jobs yet. Jobs are still being analysed: <button type="button" onClick={list.reload}>check again</button></Notice>}
          <ol className="matches" start={page * SIZE + 1} aria-label="Ranked matches">
            {(list.data.items ?? []).map((m) => (
              <li key={m.jobId} className={`card match${m.knockedOut ? ' knocked' : ''}`}>
                <div className="match-head">
                  <div>
                    <h2><Link href={`/matches/${resumeId}/${m.jobId}`}>{m.title ?? 'Untitled job'}</Link></h2>
                    <div className="muted">{[m.company, m.location].filter(Boolean).join(' · ')}</div>
                  </div>
                  <div className="score" aria-label={`Score ${Math.round(m.overallScore ?? 0)} out of 100`}>{Math.round(m.overallScore ?? 0)}</div>
                </div>
                <Meter value={m.confidence} label="Confidence" />
                {m.knockedOut && <p className="knockout"><strong>Knocked out:</strong> a hard requirement is not met (see the match page).</p>}
                {m.reasoning && <p>{m.reasoning}</p>}
                {(m.keyAlignments?.length ?? 0) > 0 && <p><span className="ok-text">Fits:</span> {m.keyAlignments!.join('; ')}</p>}
                {(m.potentialGaps?.length ?? 0) > 0 && <p><span className="gap-text">Gaps:</span> {m.potentialGaps!.join('; ')}</p>}
                {m.status && <span className="badge">{m.status.toLowerCase()}</span>}
              </li>
            ))}
          </ol>
          <Pager page={list.data.page ?? page} size={list.data.size ?? SIZE} total={list.data.total ?? 0} onPage={go} />
        </>
      )}
    </>
  );
}

function escapeRegExp(s: string) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/** Text with every occurrence of the given phrases marked (case-insensitive, whole words where possible). */
function Highlighted({ text, phrases }: { text: string; phrases: string[] }) {
  const parts = useMemo(() => {
    const wanted = [...new Set(phrases.filter((p) => p && p.trim().length > 1))].sort((a, b) => b.length - a.length);
    if (wanted.length === 0) return [text];
    const re = new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'gi');
    return text.split(re);
  }, [text, phrases]);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}

function ResumeText({ data, phrases }: { data: ResumeData; phrases: string[] }) {
  const blocks: ReactNode[] = [];
  if (data.summary) blocks.push(<p key="s"><Highlighted text={data.summary} phrases={phrases} /></p>);
  (data.work_experience ?? []).forEach((w, i) => blocks.push(
    <div key={`w${i}`}>
      <p><strong>{w.position}</strong>{w.company && ` at ${w.company}`}</p>
      {w.description && <p><Highlighted text={w.description} phrases={phrases} /></p>}
      {w.responsibilities?.map((r, j) => <p key={j}>• <Highlighted text={r} phrases={phrases} /></p>)}
    </div>));
  if (data.skills?.length) blocks.push(<p key="k"><strong>Skills:</strong> <Highlighted text={data.skills.join(', ')} phrases={phrases} /></p>);
  return <div className="resume-text" data-testid="resume-text" role="region" aria-label="Your resume, matched requirements highlighted" tabIndex={0}>{blocks}</div>;
}


export function MatchDetailPage({ resumeId, jobId }: { resumeId: string; jobId: string }) {
  const detail = useLoad(async () => {
    const [m, job, resume, apps] = await Promise.all([
      matching.GET('/api/matches/{resumeId}/jobs/{jobId}', { params: { path: { resumeId, jobId } } }).then(unwrap),
      matching.GET('/api/jobs/{id}', { params: { path: { id: jobId } } }).then(unwrap),
      resumes.GET('/api/resumes/{id}', { params: { path: { id: resumeId } } }).then(unwrap),
      matching.GET('/api/applications', {}).then(unwrap),
    ]);
    return { m, job, resume, application: itemsOf(apps).find((a) => a.jobId === jobId) ?? null };
  }, [resumeId, jobId]);
  useTitle(detail.data?.job.title ?? 'Match');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  const act = async (what: string, action: () => Promise<unknown>) => {
    setProblem(null); setSaid(null);
    try { await action(); setSaid(what); detail.reload(); } catch (e) { setProblem(problemOf(e)); }
  };
  const interaction = (type: string) => matching.POST('/api/matches/{resumeId}/jobs/{jobId}/interactions',
    { params: { path: { resumeId, jobId } }, body: { type } }).then(unwrap);
  const feedback = (helpful: boolean) => act('Thanks for your feedback.', () => matching.POST('/api/matches/{resumeId}/jobs/{jobId}/feedback',
    { params: { path: { resumeId, jobId } }, body: { helpful, reason: helpful ? 'good_match' : 'poor_match' } }).then(unwrap));
  // Saving or applying is an interaction with the match, which matching-service also puts on the applications board;
  // the board is read again and only what is still missing is done here.
  const onBoard = async () => itemsOf(unwrap(await matching.GET('/api/applications', {}))).find((a) => a.jobId === jobId) ?? null;
  const save = () => act('Saved to your applications board.', async () => {
    await interaction('SAVED');
    if (!(await onBoard())) unwrap(await matching.POST('/api/applications', { body: { jobId, resumeId, status: 'SAVED' } }));
  });
  const apply = () => act('Marked as applied.', async () => {
    await interaction('APPLIED');
    const app = await onBoard();
    if (!app) unwrap(await matching.POST('/api/applications', { body: { jobId, resumeId, status: 'APPLIED' } }));
    else if (app.status === 'SAVED') unwrap(await matching.POST('/api/applications/{id}/transitions', { params: { path: { id: app.id! } }, body: { status: 'APPLIED' } }));
  });

  if (detail.problem) return <><h1>Match</h1><ProblemAlert problem={detail.problem} /></>;
  if (!detail.data) return <Loading />;
  const { m, job, resume, application } = detail.data;
  const r: MatchResult = m.match ?? {};
  const score = pct(r.overallScore);
  const phrases = (r.matchedSkills ?? []).flatMap((s) => [s.evidence?.text ?? '', s.name ?? '']);
  const subs = Object.entries(r.subScores ?? {}).filter(([, v]) => v != null) as [string, number][];
  const applied = application && application.status !== 'SAVED';

  return (
    <>
      <p><Link href={`/matches?resume=${resumeId}`}>← All matches</Link></p>
      <h1>{job.title}</h1>
      <p className="muted">{[job.company, job.location, job.workArrangement?.toLowerCase()].filter(Boolean).join(' · ')}</p>
      <div className="match-summary card">
        <div className="score big" aria-label={`Score ${Math.round((score ?? 0) * 100)} out of 100`}>{Math.round((score ?? 0) * 100)}</div>
        <div>
          <Meter value={r.confidence} label="Confidence" />
          {r.reasons && r.reasons.length > 0 && <ul>{r.reasons.map((x, i) => <li key={i}>{x}</li>)}</ul>}
          {application && <p>On your board: <span className="badge">{application.status?.toLowerCase()}</span></p>}
        </div>
        <div className="actions">
          <button type="button" onClick={save} disabled={!!application}>Save</button>
          <button type="button" className="primary" onClick={apply} disabled={!!applied}>{applied ? 'Applied' : 'Apply'}</button>
          {job.url && <a href={job.url} target="_blank" rel="noreferrer noopener">Posting ↗</a>}
        </div>
      </div>
      <ProblemAlert problem={problem} />
      {said && <Notice>{said}</Notice>}
      {(r.knockOuts?.length ?? 0) > 0 && (
        <section className="card knockout" aria-labelledby="ko-h">
          <h2 id="ko-h">Hard requirements not met</h2>
          <ul>{r.knockOuts!.map((k, i) => <li key={i}><strong>{k.requirement ?? k.type}</strong>{k.detail && `: ${k.detail}`}</li>)}</ul>
        </section>
      )}
      <div className="grid">
        <section className="card" aria-labelledby="why-h">
          <h2 id="why-h">How the score is made</h2>
          <dl className="fields">
            {subs.map(([k, v]) => <div key={k}><dt>{k}</dt><dd><Meter value={pct(v)} label={k} />{r.weights && (r.weights as Record<string, number>)[k] != null && <span className="muted"> weight {(r.weights as Record<string, number>)[k]}</span>}</dd></div>)}
          </dl>
        </section>
        <section className="card" aria-labelledby="missing-h">
          <h2 id="missing-h">Missing skills</h2>
          {(r.missingRequiredSkills?.length ?? 0) + (r.missingPreferredSkills?.length ?? 0) === 0 ? <p>None: you have every skill the job names.</p> : <>
            {(r.missingRequiredSkills?.length ?? 0) > 0 && <><h3>Required</h3><ul className="chips gap">{r.missingRequiredSkills!.map((s) => <li key={s.skillId ?? s.name}>{s.name}</li>)}</ul></>}
            {(r.missingPreferredSkills?.length ?? 0) > 0 && <><h3>Preferred</h3><ul className="chips">{r.missingPreferredSkills!.map((s) => <li key={s.skillId ?? s.name}>{s.name}</li>)}</ul></>}
          </>}
          <h3>What would raise the score</h3>
          {(r.improvements?.length ?? 0) === 0 ? <p className="muted">Nothing we can suggest.</p> :
            <ul>{r.improvements!.map((x, i) => <li key={i}>{x.action}</li>)}</ul>}
          <p><Link href={`/resumes/${resumeId}/advice?job=${jobId}`}>Suggest resume changes for this job</Link></p>
        </section>
        <section className="card wide" aria-labelledby="matched-h">
          <h2 id="matched-h">Requirements you meet ({r.matchedSkills?.length ?? 0})</h2>
          <ul className="chips ok">{(r.matchedSkills ?? []).map((s, i) => <li key={i}>{s.name}{s.required ? ' (required)' : ''}{s.matchType === 'SIMILAR' ? ' (related evidence)' : ''}</li>)}</ul>
          <h3>Where your resume shows them</h3>
          {resume.resumeData ? <ResumeText data={resume.resumeData} phrases={phrases} /> : <p className="muted">No parsed text.</p>}
        </section>
        <section className="card wide" aria-labelledby="fb-h">
          <h2 id="fb-h">Was this match useful?</h2>
          <div className="actions">
            <button type="button" onClick={() => feedback(true)}>Yes, a good match</button>
            <button type="button" onClick={() => feedback(false)}>No, not for me</button>
          </div>
        </section>
        <section className="card wide" aria-labelledby="job-h">
          <h2 id="job-h">The job</h2>
          <p className="prewrap">{job.description}</p>
        </section>
      </div>
    </>
  );
}
