// The applicants of one of the organization's jobs, ranked with their explanations: move one or several to a stage
// (a rejection needs its reason), schedule interview rounds, record scorecards and outcomes, submit a candidate to a
// client, put them on the hot list.
import { useState, type FormEvent } from 'react';
import { matching, users } from '../api/client';
import type { components } from '../api/matching';
import { itemsOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { navigate, useLocation } from '../router';
import { session } from '../session';
import { Field, Link, Loading, Meter, Notice, Pager, ProblemAlert, formatDate, fraction, useLoad, useTitle } from '../ui';
import { RecruiterNav } from './Postings';
import { myOrganization } from './Organization';

type Applicant = components['schemas']['ApplicantView'];
type Interview = components['schemas']['InterviewView'];
interface Member { userId?: string; email?: string; name?: string; role?: string }

export const STAGES = ['SCREENING', 'SUBMITTED', 'INTERVIEWING', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN'] as const;
const FILTERS = ['', 'APPLIED', ...STAGES];
const KINDS = ['PHONE', 'VIDEO', 'ONSITE', 'TECHNICAL', 'PANEL'];
const OUTCOMES = ['PENDING', 'PASSED', 'FAILED', 'NO_SHOW', 'CANCELLED'];
const RECOMMENDATIONS = ['STRONG_YES', 'YES', 'NO', 'STRONG_NO'];
const AVAILABILITY = ['IMMEDIATE', 'TWO_WEEKS', 'ONE_MONTH', 'LATER', 'UNAVAILABLE'];
export const label = (s?: string | null) => (s ? (s.charAt(0) + s.slice(1).toLowerCase()).replace(/_/g, ' ') : '');

/** The instant of a wall-clock time ("2026-12-03T14:30") in an IANA time zone, without a date library. */
export function zonedInstant(local: string, zone: string): string {
  const wanted = Date.parse(`${local}:00Z`);
  const offsetAt = (t: number) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - t;
  };
  let t = wanted - offsetAt(wanted);
  t = wanted - offsetAt(t); // once more across a daylight-saving change
  return new Date(t).toISOString();
}

/** A stage select with the rejection reason it needs for REJECTED, and a note. */
function StageForm({ idPrefix, submitLabel, onMove }: { idPrefix: string; submitLabel: string; onMove: (stage: string, reason: string, note: string) => void }) {
  const [stage, setStage] = useState('SCREENING');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  return (
    <form className="row-fields" onSubmit={(e) => { e.preventDefault(); onMove(stage, reason, note); }}>
      <div className="field">
        <label htmlFor={`${idPrefix}-stage`}>Stage</label>
        <select id={`${idPrefix}-stage`} value={stage} onChange={(e) => setStage(e.target.value)}>
          {STAGES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
        </select>
      </div>
      {stage === 'REJECTED' && (
        <div className="field">
          <label htmlFor={`${idPrefix}-reason`}>Rejection reason</label>
          <input id={`${idPrefix}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>Note (optional)</label>
        <input id={`${idPrefix}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

/** Applicants per page: each one on a page is scored in full (with what would raise the score) when it is shown. */
const PAGE_SIZE = 20;

/** The page's address: the stage filter and the page (from 0) in the query, so that both survive a reload. */
const applicantsHref = (id: string, stage: string, page: number) => {
  const query = new URLSearchParams();
  if (stage) query.set('stage', stage);
  if (page > 0) query.set('page', String(page));
  const q = query.toString();
  return `/recruiter/postings/${id}/applicants${q ? `?${q}` : ''}`;
};

export function JobApplicants({ id }: { id: string }) {
  const params = useLocation().searchParams;
  const stage = params.get('stage') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const data = useLoad(async () => {
    const [job, applicants, org] = await Promise.all([
      matching.GET('/api/recruiting/jobs/{id}', { params: { path: { id } } }).then(unwrap),
      matching.GET('/api/recruiting/jobs/{jobId}/applicants', {
        params: { path: { jobId: id }, query: { stage: stage || undefined, page, size: PAGE_SIZE } },
      }).then(unwrap),
      myOrganization(),
    ]);
    const members = org ? itemsOf(unwrap(await users.GET('/api/organizations/{id}/members', { params: { path: { id: org.id! }, query: { size: 200 } } }))) as Member[] : [];
    return { job, applicants, members };
  }, [id, stage, page]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useTitle(data.data ? `Applicants for ${data.data.job.posting?.title}` : 'Applicants');
  if (data.problem) return <><RecruiterNav current="" /><h1>Applicants</h1><ProblemAlert problem={data.problem} /></>;
  if (!data.data) return <Loading what="Ranking the applicants" />;
  const { job, applicants, members } = data.data;
  const items = applicants.items ?? [];
  const moveMany = async (target: string, reason: string, note: string) => {
    setProblem(null); setDone(null);
    try {
      const result = unwrap(await matching.POST('/api/recruiting/jobs/{jobId}/applicants/stage', {
        params: { path: { jobId: id } },
        body: { applicationIds: [...selected], stage: target, rejectionReason: reason || undefined, note: note || undefined },
      }));
      const failed = (result.items ?? []).filter((i) => !i.moved);
      setDone(`${result.moved} moved to ${label(target)}.${failed.length ? ` Not moved: ${failed.map((f) => f.error).join('; ')}` : ''}`);
      setSelected(new Set());
      data.reload();
    } catch (e) { setProblem(problemOf(e)); }
  };
  const toggle = (appId: string) => setSelected((s) => { const n = new Set(s); if (n.has(appId)) n.delete(appId); else n.add(appId); return n; });
  return (
    <>
      <RecruiterNav current="" />
      <p><Link href={`/recruiter/postings/${id}`}>← {job.posting?.title}</Link></p>
      <h1>Applicants for {job.posting?.title}</h1>
      <div className="field narrow">
        <label htmlFor="stage-filter">Show the stage</label>
        <select id="stage-filter" value={stage} onChange={(e) => navigate(applicantsHref(id, e.target.value, 0))}>
          {FILTERS.map((s) => <option key={s} value={s}>{s ? label(s) : 'Every stage'}</option>)}
        </select>
      </div>
      <ProblemAlert problem={problem} />
      {done && <Notice>{done}</Notice>}
      {items.length === 0 && page === 0 && <p>No applicant{stage ? ` in ${label(stage).toLowerCase()}` : ' yet'}.</p>}
      {items.length === 0 && page > 0 && <p>No applicant on this page. <Link href={applicantsHref(id, stage, 0)}>Back to the first page</Link></p>}
      {items.length > 0 && (
        <section aria-labelledby="bulk-h" className="card">
          <h2 id="bulk-h">Move the selected applicants ({selected.size})</h2>
          <StageForm idPrefix="bulk" submitLabel="Move selected" onMove={moveMany} />
        </section>
      )}
      {/* The ranks go on across pages: the second page of 20 starts at 21. */}
      <ol className="matches" aria-label="Ranked applicants" start={(applicants.page ?? page) * (applicants.size ?? PAGE_SIZE) + 1}>
        {items.map((a) => (
          <ApplicantCard key={a.applicationId} a={a} postedJobId={id} members={members} selected={selected.has(a.applicationId!)}
            onToggle={() => toggle(a.applicationId!)} onChanged={data.reload} />
        ))}
      </ol>
      {(applicants.total ?? 0) > (applicants.size ?? PAGE_SIZE) && (
        <Pager page={applicants.page ?? page} size={applicants.size ?? PAGE_SIZE} total={applicants.total ?? 0}
          onPage={(p) => { setSelected(new Set()); navigate(applicantsHref(id, stage, p)); }} />
      )}
    </>
  );
}

function ApplicantCard({ a, postedJobId, members, selected, onToggle, onChanged }: {
  a: Applicant; postedJobId: string; members: Member[]; selected: boolean; onToggle: () => void; onChanged: () => void;
}) {
  const r = a.match ?? {};
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const name = a.name || 'Candidate';
  const score = a.score != null ? Math.round((fraction(a.score) ?? 0) * 100) : null;
  const act = async (call: () => Promise<unknown>, message: string, reload = true) => {
    setProblem(null); setDone(null);
    try { await call(); setDone(message); if (reload) onChanged(); } catch (e) { setProblem(problemOf(e)); }
  };
  const appId = a.applicationId!;
  return (
    <li className={`card match${(r.knockOuts?.length ?? 0) > 0 ? ' knocked' : ''}`}>
      <div className="match-head">
        <div>
          <label className="check"><input type="checkbox" checked={selected} onChange={onToggle} /> Select {name}</label>
          <h2>{name} <span className="badge">{label(a.stage)}</span></h2>
          {a.headline && <div className="muted">{a.headline}</div>}
          <div className="muted">Applied {formatDate(a.appliedAt)}{a.nextInterviewAt ? ` · next interview ${formatDate(a.nextInterviewAt)}` : ''}{a.rejectionReason ? ` · rejected: ${a.rejectionReason}` : ''}</div>
        </div>
        {score != null && <div className="score" aria-label={`Score ${score} out of 100`}>{score}</div>}
      </div>
      {a.rankedWithout && <p className="muted">{a.rankedWithout}</p>}
      {a.match && <>
        <Meter value={r.confidence} label="Confidence" />
        {(r.knockOuts?.length ?? 0) > 0 && <p className="knockout"><strong>Knocked out:</strong> {r.knockOuts!.map((k) => k.requirement ?? k.type).join('; ')}</p>}
        {(r.reasons?.length ?? 0) > 0 && <ul>{r.reasons!.map((x, i) => <li key={i}>{x}</li>)}</ul>}
        <p><span className="ok-text">Has:</span> {(r.matchedSkills ?? []).filter((s) => s.matchType !== 'SIMILAR').map((s) => s.name).join(', ') || '—'}</p>
        {(r.missingRequiredSkills?.length ?? 0) > 0 && <p><span className="gap-text">Missing:</span> {r.missingRequiredSkills!.map((s) => s.name).join(', ')}</p>}
      </>}
      <ProblemAlert problem={problem} />
      {done && <Notice>{done}</Notice>}
      <details>
        <summary>Move {name} to a stage</summary>
        <StageForm idPrefix={`s-${appId}`} submitLabel="Move" onMove={(stage, reason, note) => act(async () => unwrap(await matching.POST('/api/recruiting/applications/{id}/stage', {
          params: { path: { id: appId } }, body: { stage, rejectionReason: reason || undefined, note: note || undefined },
        })), `${name} moved to ${label(stage)}.`)} />
      </details>
      <details>
        <summary>Interviews of {name}</summary>
        <Interviews applicationId={appId} members={members} />
      </details>
      <details>
        <summary>Submit {name} or put them on the hot list</summary>
        <Talent a={a} postedJobId={postedJobId} onDone={(m) => { setDone(m); setProblem(null); }} onProblem={setProblem} />
      </details>
    </li>
  );
}

function Interviews({ applicationId, members }: { applicationId: string; members: Member[] }) {
  const rounds = useLoad(async () => unwrap(await matching.GET('/api/recruiting/applications/{id}/interviews', {
    params: { path: { id: applicationId }, query: { size: 50 } },
  })), [applicationId]);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [f, setF] = useState({ kind: 'VIDEO', local: '', timeZone: zone, duration: '60', location: '', meetingUrl: '' });
  const [interviewers, setInterviewers] = useState<Set<string>>(new Set(session.me() ? [session.me()!.id] : []));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const p = `i-${applicationId}`;
  const schedule = async (e: FormEvent) => {
    e.preventDefault(); setProblem(null); setDone(null);
    try {
      const startsAt = f.local ? zonedInstant(f.local, f.timeZone) : undefined;
      const round = unwrap(await matching.POST('/api/recruiting/applications/{id}/interviews', {
        params: { path: { id: applicationId } },
        body: {
          kind: f.kind, startsAt: startsAt as string, timeZone: f.timeZone, durationMinutes: Number(f.duration),
          interviewers: [...interviewers], location: f.location || undefined, meetingUrl: f.meetingUrl || undefined,
        },
      }));
      setDone(`Round ${round.round} scheduled for ${round.localStart} (${round.timeZone}).`);
      rounds.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };
  const list = itemsOf(rounds.data) as Interview[];
  const who = (id?: string) => members.find((m) => m.userId === id)?.name || members.find((m) => m.userId === id)?.email || 'A member';
  return (
    <div>
      <ProblemAlert problem={rounds.problem} />
      {rounds.data && list.length === 0 && <p>No interview round yet.</p>}
      {list.map((round) => <Round key={round.id} round={round} who={who} onChanged={rounds.reload} />)}
      <form onSubmit={schedule} aria-label="Schedule a round">
        <h3>Schedule a round</h3>
        <div className="row-fields">
          <div className="field">
            <label htmlFor={`${p}-kind`}>Kind</label>
            <select id={`${p}-kind`} value={f.kind} onChange={set('kind')}>{KINDS.map((k) => <option key={k} value={k}>{label(k)}</option>)}</select>
          </div>
          <Field label="Starts at (in the time zone)" name={`${p}-local`} type="datetime-local" value={f.local} onChange={set('local')} problem={problem} />
          <Field label="Time zone" name={`${p}-zone`} value={f.timeZone} onChange={set('timeZone')} hint="IANA name, e.g. Europe/Berlin" problem={problem} />
          <Field label="Duration (minutes)" name={`${p}-duration`} type="number" min={5} max={600} value={f.duration} onChange={set('duration')} problem={problem} />
        </div>
        <div className="row-fields">
          <Field label="Place" name={`${p}-location`} value={f.location} onChange={set('location')} problem={problem} />
          <Field label="Meeting link" name={`${p}-url`} type="url" value={f.meetingUrl} onChange={set('meetingUrl')} problem={problem} />
        </div>
        <fieldset className="choices compact">
          <legend>Interviewers</legend>
          {members.map((m) => (
            <label key={m.userId} className="check">
              <input type="checkbox" checked={interviewers.has(m.userId!)} onChange={() => setInterviewers((s) => {
                const n = new Set(s); if (n.has(m.userId!)) n.delete(m.userId!); else n.add(m.userId!); return n;
              })} /> {m.name || m.email}
            </label>
          ))}
        </fieldset>
        <ProblemAlert problem={problem} />
        {done && <Notice>{done}</Notice>}
        <button type="submit">Schedule</button>
      </form>
    </div>
  );
}

function Round({ round, who, onChanged }: { round: Interview; who: (id?: string) => string; onChanged: () => void }) {
  const me = session.me()?.id;
  const mine = (round.interviewers ?? []).includes(me ?? '');
  const [rating, setRating] = useState('4');
  const [recommendation, setRecommendation] = useState('YES');
  const [notes, setNotes] = useState('');
  const [outcome, setOutcome] = useState(round.outcome ?? 'PENDING');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const p = `r-${round.id}`;
  const act = async (call: () => Promise<unknown>, message: string) => {
    setProblem(null); setDone(null);
    try { await call(); setDone(message); onChanged(); } catch (e) { setProblem(problemOf(e)); }
  };
  return (
    <section className="card" aria-label={`Round ${round.round}`}>
      <h3>Round {round.round}: {label(round.kind)} · {round.localStart} ({round.timeZone}) · {round.durationMinutes} min</h3>
      <p>{round.location && <>Place: {round.location}. </>}{round.meetingUrl && <>Link: <a href={round.meetingUrl}>{round.meetingUrl}</a>. </>}
        Interviewers: {(round.interviewers ?? []).map(who).join(', ')}. Outcome: <strong>{label(round.outcome)}</strong></p>
      {(round.feedback?.length ?? 0) > 0 && (
        <ul aria-label="Scorecards">
          {round.feedback!.map((s) => <li key={s.interviewerId}>{who(s.interviewerId)}: {s.rating}/5, {label(s.recommendation)}{s.notes ? ` — ${s.notes}` : ''}</li>)}
        </ul>
      )}
      <ProblemAlert problem={problem} />
      {done && <Notice>{done}</Notice>}
      {mine && (
        <form className="row-fields" aria-label={`Your scorecard for round ${round.round}`} onSubmit={(e) => {
          e.preventDefault();
          void act(async () => unwrap(await matching.PUT('/api/recruiting/interviews/{id}/feedback', {
            params: { path: { id: round.id! } }, body: { rating: Number(rating), recommendation, notes: notes || undefined },
          })), 'Your scorecard is saved.');
        }}>
          <div className="field">
            <label htmlFor={`${p}-rating`}>Your rating</label>
            <select id={`${p}-rating`} value={rating} onChange={(e) => setRating(e.target.value)}>{[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}</select>
          </div>
          <div className="field">
            <label htmlFor={`${p}-rec`}>Recommendation</label>
            <select id={`${p}-rec`} value={recommendation} onChange={(e) => setRecommendation(e.target.value)}>{RECOMMENDATIONS.map((r) => <option key={r} value={r}>{label(r)}</option>)}</select>
          </div>
          <div className="field">
            <label htmlFor={`${p}-notes`}>Scorecard notes</label>
            <input id={`${p}-notes`} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <button type="submit">Save scorecard</button>
        </form>
      )}
      <form className="row-fields" aria-label={`Outcome of round ${round.round}`} onSubmit={(e) => {
        e.preventDefault();
        void act(async () => unwrap(await matching.POST('/api/recruiting/interviews/{id}/outcome', {
          params: { path: { id: round.id! } }, body: { outcome },
        })), `Outcome recorded: ${label(outcome)}.`);
      }}>
        <div className="field">
          <label htmlFor={`${p}-outcome`}>Outcome</label>
          <select id={`${p}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>{OUTCOMES.map((o) => <option key={o} value={o}>{label(o)}</option>)}</select>
        </div>
        <button type="submit">Record outcome</button>
      </form>
    </section>
  );
}

function Talent({ a, postedJobId, onDone, onProblem }: { a: Applicant; postedJobId: string; onDone: (m: string) => void; onProblem: (p: Problem) => void }) {
  const [client, setClient] = useState('');
  const [note, setNote] = useState('');
  const [availability, setAvailability] = useState('IMMEDIATE');
  const [tags, setTags] = useState('');
  const p = `t-${a.applicationId}`;
  const run = async (call: () => Promise<unknown>, message: string) => {
    try { await call(); onDone(message); } catch (e) { onProblem(problemOf(e)); }
  };
  return (
    <div className="grid">
      <form aria-label="Submit the candidate" onSubmit={(e) => {
        e.preventDefault();
        void run(async () => unwrap(await matching.POST('/api/recruiting/submissions', {
          body: { candidateUserId: a.candidateUserId!, resumeId: a.resumeId, postedJobId: client ? undefined : postedJobId, clientName: client || undefined, note: note || undefined },
        })), client ? `Submitted to ${client}.` : 'Submitted to this job.');
      }}>
        <div className="field"><label htmlFor={`${p}-client`}>Client (empty: this job)</label><input id={`${p}-client`} value={client} onChange={(e) => setClient(e.target.value)} /></div>
        <div className="field"><label htmlFor={`${p}-note`}>Submission note</label><input id={`${p}-note`} value={note} onChange={(e) => setNote(e.target.value)} /></div>
        <button type="submit">Submit candidate</button>
      </form>
      <form aria-label="Hot list" onSubmit={(e) => {
        e.preventDefault();
        void run(async () => unwrap(await matching.PUT('/api/recruiting/hot-list/{candidateUserId}', {
          params: { path: { candidateUserId: a.candidateUserId! } },
          body: { resumeId: a.resumeId, availability, tags: tags.split(',').map((t) => t.trim()).filter(Boolean) },
        })), 'On the hot list.');
      }}>
        <div className="field">
          <label htmlFor={`${p}-avail`}>Availability</label>
          <select id={`${p}-avail`} value={availability} onChange={(e) => setAvailability(e.target.value)}>{AVAILABILITY.map((v) => <option key={v} value={v}>{label(v)}</option>)}</select>
        </div>
        <div className="field"><label htmlFor={`${p}-tags`}>Tags (comma-separated)</label><input id={`${p}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} /></div>
        <button type="submit">Add to hot list</button>
      </form>
    </div>
  );
}
