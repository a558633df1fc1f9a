// The ranked matches of a resume and the page of one match: explanation, each matched requirement beside the resume
// words that prove it, missing skills, what would raise the score; feedback, save and apply.
import { useState } from 'react';
import { matching, resumes } from '../api/client';
import { itemsOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/matching';
import { navigate, useLocation } from '../router';
import { FitChance, Link, Loading, Meter, Notice, Pager, ProblemAlert, UnstatedFilters, fraction as pct, useLoad, useTitle } from '../ui';

type MatchResult = components['schemas']['MatchResult'];
type SkillMatch = components['schemas']['SkillMatch'];
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
                <FitChance value={m.fitChance} />
                <UnstatedFilters fields={m.unstatedFilters} />
                {m.knockedOut && <p className="knockout"><strong>Knocked out:</strong> a hard requirement is not met (see the match page).</p>}
                {m.reasoning && (
                  <details className="reasons">
                    <summary>Why this score</summary>
                    <ul>{m.reasoning.split('\n').map((reason, i) => <li key={i}>{reason}</li>)}</ul>
                  </details>
                )}
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

/** Characters of the resume shown either side of a cited span. */
const AROUND = 90;

/**
 * Each matched requirement beside the words of the resume that prove it, in place: the evidence spans index the text
 * the skills were read from (the resume view's text), so what is marked is the place the service cites, not every
 * word that looks alike. A span that does not index the text (a resume changed since it was scored) is left out.
 */
function Citations({ text, skills }: { text: string; skills: SkillMatch[] }) {
  const cited = skills.flatMap((s, i) => {
    const e = s.evidence;
    if (!e || e.start == null || e.end == null || e.end > text.length
      || text.slice(e.start, e.end).toLowerCase() !== (e.text ?? '').toLowerCase()) return [];
    const from = Math.max(0, e.start - AROUND);
    const to = Math.min(text.length, e.end + AROUND);
    return [<li key={i}><strong>{s.name}</strong>{s.matchType === 'SIMILAR' ? ' (related evidence)' : ''}:{' '}
      {from > 0 && '…'}{text.slice(from, e.start)}<mark>{text.slice(e.start, e.end)}</mark>{text.slice(e.end, to)}{to < text.length && '…'}</li>];
  });
  if (cited.length === 0) return <p className="muted">Your resume names none of them in so many words.</p>;
  return <ul className="citations" data-testid="evidence" aria-label="Where your resume shows each requirement">{cited}</ul>;
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
          <FitChance value={m.fitChance} />
          <UnstatedFilters fields={m.unstatedFilters} />
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
          <Citations text={resume.text ?? ''} skills={r.matchedSkills ?? []} />
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
