// The applications board, notifications and job-search preferences of a job seeker.
import { useState, type FormEvent } from 'react';
import { matching, users } from '../api/client';
import { itemsOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components as M } from '../api/matching';
import type { components as U } from '../api/user';
import { Field, Link, Loading, Notice, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

type Status = M['schemas']['ApplicationStatus'];
const COLUMNS: Status[] = ['SAVED', 'APPLIED', 'INTERVIEWING', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN'];
const label = (s?: string) => (s ? s.charAt(0) + s.slice(1).toLowerCase() : '');

export function Applications() {
  useTitle('Applications');
  const board = useLoad(async () => {
    const apps = itemsOf(unwrap(await matching.GET('/api/applications', {})));
    const ids = [...new Set(apps.map((a) => a.jobId!))];
    const jobs = await Promise.all(ids.map((id) => matching.GET('/api/jobs/{id}', { params: { path: { id } } })
      .then((r) => (r.data ? [id, r.data] as const : null))));
    return { apps, jobs: new Map(jobs.filter((j) => j !== null) as [string, M['schemas']['JobView']][]) };
  }, []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const move = async (id: string, status: Status) => {
    setProblem(null);
    try {
      unwrap(await matching.POST('/api/applications/{id}/transitions', { params: { path: { id } }, body: { status } }));
      board.reload();
    } catch (e) { setProblem(problemOf(e)); }
  };
  return (
    <>
      <h1>Your applications</h1>
      <ProblemAlert problem={board.problem ?? problem} />
      {board.loading && !board.data && <Loading />}
      {board.data && board.data.apps.length === 0 && <p>Nothing yet: save or apply to a job from <Link href="/matches">your matches</Link>.</p>}
      {board.data && board.data.apps.length > 0 && (
        <div className="board">
          {COLUMNS.filter((c) => c === 'SAVED' || c === 'APPLIED' || board.data!.apps.some((a) => a.status === c)).map((c) => (
            <section key={c} className="column" aria-labelledby={`col-${c}`}>
              <h2 id={`col-${c}`}>{label(c)} <span className="muted">({board.data!.apps.filter((a) => a.status === c).length})</span></h2>
              <ul>
                {board.data!.apps.filter((a) => a.status === c).map((a) => {
                  const job = board.data!.jobs.get(a.jobId!);
                  return (
                    <li key={a.id} className="card">
                      <strong>{a.resumeId ? <Link href={`/matches/${a.resumeId}/${a.jobId}`}>{job?.title ?? 'A job'}</Link> : job?.title ?? 'A job'}</strong>
                      <div className="muted">{job?.company}</div>
                      <div className="muted">{a.appliedAt ? `Applied ${formatDate(a.appliedAt)}` : `Saved ${formatDate(a.createdAt)}`}</div>
                      {(a.allowedNext?.length ?? 0) > 0 && (
                        <div className="field inline">
                          <label htmlFor={`move-${a.id}`}>Move to</label>
                          <select id={`move-${a.id}`} defaultValue="" onChange={(e) => e.target.value && move(a.id!, e.target.value as Status)}>
                            <option value="" disabled>choose…</option>
                            {a.allowedNext!.map((n) => <option key={n} value={n}>{label(n)}</option>)}
                          </select>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}

export function Notifications() {
  useTitle('Notifications');
  const list = useLoad(async () => itemsOf(unwrap(await matching.GET('/api/matches/notifications', { params: { query: { size: 50 } } }))), []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const read = async (id: string) => {
    try { unwrap(await matching.POST('/api/matches/notifications/{id}/read', { params: { path: { id } } })); list.reload(); }
    catch (e) { setProblem(problemOf(e)); }
  };
  return (
    <>
      <h1>Notifications</h1>
      <ProblemAlert problem={list.problem ?? problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && <p>No notifications yet. New strong matches and changes to your applications show up here.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="rows">
          {list.data.map((n) => (
            <li key={n.id} className={`row${n.read ? '' : ' unread'}`}>
              <div>
                <strong>{n.title}</strong> {!n.read && <span className="badge">new</span>}
                {n.body && <p>{n.body}</p>}
                <div className="muted">{formatDate(n.createdAt)}</div>
              </div>
              {!n.read && <button type="button" onClick={() => read(n.id!)}>Mark as read</button>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type Prefs = U['schemas']['PreferencesDocument'];
const ARRANGEMENTS: U['schemas']['WorkArrangement'][] = ['REMOTE', 'HYBRID', 'ONSITE'];
const TYPES: U['schemas']['EmploymentType'][] = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP'];
type Place = U['schemas']['PreferredLocation'];
const withoutStamp = ({ updatedAt: _, ...rest }: Prefs) => rest;

/**
 * The first place the person works from, as the form edits it (city, country, radius); other places set through the
 * API are kept. A changed city or country drops the old place's region and coordinates, which described the old one.
 */
function places(f: FormData, before: Place[]): Place[] {
  const city = String(f.get('city') ?? '').trim();
  const country = String(f.get('country') ?? '').trim().toUpperCase();  // the service takes ISO 3166 alpha-2 codes
  const radius = String(f.get('radiusKm') ?? '').trim();
  const [first, ...others] = before;
  if (!city && !country) return others;
  const same = first?.location && (first.location.city ?? '') === city && (first.location.country ?? '') === country;
  const location = same ? first!.location! : { city: city || undefined, country: country || undefined };
  return [{ location, radiusKm: radius ? Number(radius) : undefined }, ...others];
}
const list = (s: FormDataEntryValue | null) => String(s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export function Preferences() {
  useTitle('Preferences');
  const prefs = useLoad(async () => unwrap(await users.GET('/api/users/me/preferences', {})), []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setProblem(null); setSaved(false);
    const f = new FormData(e.currentTarget);
    const min = f.get('salaryMin'), max = f.get('salaryMax');
    const body: Prefs = {
      ...withoutStamp(prefs.data as Prefs),
      desiredTitles: list(f.get('desiredTitles')),
      industries: list(f.get('industries')),
      workArrangements: f.getAll('workArrangements') as Prefs['workArrangements'],
      employmentTypes: f.getAll('employmentTypes') as Prefs['employmentTypes'],
      salary: min || max ? { min: min ? Number(min) : undefined, max: max ? Number(max) : undefined, currency: String(f.get('currency') || 'USD') } : undefined,
      locations: places(f, (prefs.data as Prefs).locations ?? []),
      willingToRelocate: f.get('willingToRelocate') === 'on',
    };
    try { unwrap(await users.PUT('/api/users/me/preferences', { body })); setSaved(true); prefs.reload(); }
    catch (err) { setProblem(problemOf(err)); }
  };
  const p = prefs.data as Prefs | null;
  return (
    <>
      <h1>Job-search preferences</h1>
      <p className="muted">Your matches are ranked with these; changing them recomputes your matches.</p>
      <ProblemAlert problem={prefs.problem ?? problem} />
      {saved && <Notice>Preferences saved. Your matches are being updated.</Notice>}
      {prefs.loading && !p && <Loading />}
      {p && (
        <form onSubmit={submit} className="narrow" noValidate>
          <Field label="Job titles you want (comma-separated)" name="desiredTitles" defaultValue={(p.desiredTitles ?? []).join(', ')} problem={problem} />
          <Field label="Industries (comma-separated)" name="industries" defaultValue={(p.industries ?? []).join(', ')} problem={problem} />
          <fieldset className="choices"><legend>Work arrangement</legend>
            {ARRANGEMENTS.map((a) => <label key={a}><input type="checkbox" name="workArrangements" value={a} defaultChecked={p.workArrangements?.includes(a)} /> {a.toLowerCase()}</label>)}
          </fieldset>
          <fieldset className="choices"><legend>Employment type</legend>
            {TYPES.map((t) => <label key={t}><input type="checkbox" name="employmentTypes" value={t} defaultChecked={p.employmentTypes?.includes(t)} /> {t.toLowerCase().replace('_', ' ')}</label>)}
          </fieldset>
          <div className="row-fields">
            <Field label="Minimum yearly salary" name="salaryMin" type="number" min={0} defaultValue={p.salary?.min ?? ''} problem={problem} />
            <Field label="Maximum yearly salary" name="salaryMax" type="number" min={0} defaultValue={p.salary?.max ?? ''} problem={problem} />
            <Field label="Currency" name="currency" defaultValue={p.salary?.currency ?? 'USD'} maxLength={3} problem={problem} />
          </div>
          <fieldset className="place"><legend>Where you work from</legend>
            <p className="muted">Unless you are willing to relocate, on-site and hybrid jobs are looked for within this distance, and
              remote jobs that must be worked from another country are left out.</p>
            <div className="row-fields">
              <Field label="City" name="city" defaultValue={p.locations?.[0]?.location?.city ?? ''} problem={problem} />
              <Field label="Country code" name="country" hint="two letters, such as US or DE" maxLength={2} defaultValue={p.locations?.[0]?.location?.country ?? ''} problem={problem} />
              <Field label="Distance (km)" name="radiusKm" type="number" min={0} hint="50 when left empty" defaultValue={p.locations?.[0]?.radiusKm ?? ''} problem={problem} />
            </div>
          </fieldset>
          <label className="check"><input type="checkbox" name="willingToRelocate" defaultChecked={!!p.willingToRelocate} /> I am willing to relocate</label>
          <button type="submit" className="primary">Save preferences</button>
        </form>
      )}
    </>
  );
}
