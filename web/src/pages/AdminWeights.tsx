// Admins: the scoring weights of each collar and their A/B variants; change one, add a variant, switch it on or off.
// The service decides what is valid (six weights in [0, 1], two decimals, summing to 1.00) and says why it refuses.
import { useState, type FormEvent } from 'react';
import { matching } from '../api/client';
import { problemOf, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/matching';
import { navigate, useLocation } from '../router';
import { Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

type WeightsView = components['schemas']['WeightsView'];
type Collar = components['schemas']['CollarType'];
const CRITERIA = ['qualification', 'experience', 'skills', 'location', 'category', 'personalization'] as const;
const COLLARS: Collar[] = ['WHITE', 'BLUE', 'PINK', 'GREY', 'GREEN'];
const SIZE = 50;

/** The request body from a form with one number input per criterion (named as the criterion). */
function request(f: FormData) {
  const n = (k: string) => Number(String(f.get(k) ?? '').replace(',', '.'));
  return {
    qualification: n('qualification'), experience: n('experience'), skills: n('skills'),
    location: n('location'), category: n('category'), personalization: n('personalization'),
    active: f.get('active') === 'on', description: String(f.get('description') ?? '') || undefined,
  };
}

function WeightInputs({ prefix, weights }: { prefix: string; weights?: components['schemas']['Weights'] }) {
  return (
    <div className="weights">
      {CRITERIA.map((c) => (
        <div className="field" key={c}>
          <label htmlFor={`${prefix}-${c}`}>{c}</label>
          <input id={`${prefix}-${c}`} name={c} type="number" inputMode="decimal" min={0} max={1} step={0.01}
                 defaultValue={weights?.[c] ?? ''} required />
        </div>
      ))}
    </div>
  );
}

export function AdminWeights() {
  useTitle('Scoring weights');
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const list = useLoad(async () => unwrap(await matching.GET('/api/matches/admin/weights', { params: { query: { page, size: SIZE } } })), [page]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const save = (w: WeightsView) => async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setProblem(null); setDone(null);
    try {
      unwrap(await matching.PUT('/api/matches/admin/weights/{collar}/{variant}', {
        params: { path: { collar: w.collar!.toLowerCase(), variant: w.variant! } }, body: request(new FormData(e.currentTarget)),
      }));
      setDone(`Saved ${w.collar?.toLowerCase()} / ${w.variant}; stored rankings are being recomputed.`);
      list.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const collar = String(f.get('collar') ?? '').toLowerCase(), variant = String(f.get('variant') ?? '').trim();
    setProblem(null); setDone(null);
    try {
      unwrap(await matching.POST('/api/matches/admin/weights/{collar}/{variant}', {
        params: { path: { collar, variant: variant || '-' } }, body: request(f),
      }));
      setDone(`Variant ${variant} added for ${collar} jobs.`);
      list.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };

  return (
    <>
      <h1>Scoring weights</h1>
      <p className="muted">How much each criterion counts in a job's score, per collar. Active variants of a collar share its people evenly (an A/B test).</p>
      {done && <Notice>{done}</Notice>}
      <ProblemAlert problem={problem ?? list.problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <ul className="rows" aria-label="Weights">
            {(list.data.items ?? []).map((w) => {
              const name = `${w.collar?.toLowerCase()} / ${w.variant}`;
              return (
                <li key={w.id} className="card">
                  <form onSubmit={save(w)} noValidate aria-label={`Weights ${name}`}>
                    <h2>{name} {w.active ? <span className="badge badge-parsed">active</span> : <span className="badge">inactive</span>}</h2>
                    {w.description && <p className="muted">{w.description}</p>}
                    <WeightInputs prefix={`${w.collar}-${w.variant}`} weights={w.weights} />
                    <label className="check"><input type="checkbox" name="active" defaultChecked={!!w.active} /> Active<span className="visually-hidden"> ({name})</span></label>
                    <input type="hidden" name="description" value={w.description ?? ''} />
                    <div className="actions">
                      <button type="submit">Save<span className="visually-hidden"> {name}</span></button>
                      <span className="muted">Changed {formatDate(w.updatedAt)}</span>
                    </div>
                  </form>
                </li>
              );
            })}
          </ul>
          <Pager page={page} size={SIZE} total={list.data.total ?? 0} onPage={(p) => navigate(`/admin/weights?page=${p}`)} />
        </>
      )}
      <section className="card" aria-labelledby="new-h">
        <h2 id="new-h">New variant</h2>
        <form onSubmit={create} noValidate>
          <div className="row-fields">
            <div className="field">
              <label htmlFor="new-collar">Collar</label>
              <select id="new-collar" name="collar">{COLLARS.map((c) => <option key={c} value={c}>{c.toLowerCase()}</option>)}</select>
            </div>
            <div className="field">
              <label htmlFor="new-variant">Variant name</label>
              <input id="new-variant" name="variant" placeholder="skills-heavy" />
            </div>
            <div className="field">
              <label htmlFor="new-description">Description</label>
              <input id="new-description" name="description" />
            </div>
          </div>
          <WeightInputs prefix="new" />
          <label className="check"><input type="checkbox" name="active" defaultChecked /> Active from now on</label>
          <button type="submit" className="primary">Add the variant</button>
        </form>
      </section>
    </>
  );
}
