// The organization's submissions (candidates sent to a job or a client) and its hot list (candidates kept at hand
// with their availability and tags), each one paged list.
import { useState } from 'react';
import { matching } from '../api/client';
import { itemsOf, totalOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';
import { label } from './Applicants';
import { RecruiterNav } from './Postings';

const SIZE = 20;
const AVAILABILITY = ['', 'IMMEDIATE', 'TWO_WEEKS', 'ONE_MONTH', 'LATER', 'UNAVAILABLE'];
const short = (id?: string) => (id ? id.slice(0, 8) : '—');

export function TalentPage() {
  useTitle('Submissions and hot list');
  return (
    <>
      <RecruiterNav current="/recruiter/talent" />
      <h1>Submissions and hot list</h1>
      <Submissions />
      <HotList />
    </>
  );
}

function Submissions() {
  const [page, setPage] = useState(0);
  const list = useLoad(async () => unwrap(await matching.GET('/api/recruiting/submissions', { params: { query: { page, size: SIZE } } })), [page]);
  const items = itemsOf(list.data);
  return (
    <section aria-labelledby="subs-h">
      <h2 id="subs-h">Submissions</h2>
      <ProblemAlert problem={list.problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && items.length === 0 && <p>No submission yet.</p>}
      {items.length > 0 && (
        <table className="table">
          <thead><tr><th scope="col">When</th><th scope="col">Candidate</th><th scope="col">To</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id}>
                <td>{formatDate(s.createdAt)}</td>
                <td><code title={s.candidateUserId}>{short(s.candidateUserId)}</code></td>
                <td>{s.clientName ?? (s.postedJobId ? 'Our job' : '—')}</td>
                <td>{s.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} size={SIZE} total={totalOf(list.data, items.length)} onPage={setPage} />
    </section>
  );
}

function HotList() {
  const [page, setPage] = useState(0);
  const [tag, setTag] = useState('');
  const [availability, setAvailability] = useState('');
  const list = useLoad(async () => unwrap(await matching.GET('/api/recruiting/hot-list', {
    params: { query: { tag: tag || undefined, availability: availability || undefined, page, size: SIZE } },
  })), [page, tag, availability]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = async (candidate: string) => {
    setProblem(null); setDone(null);
    try {
      unwrap(await matching.DELETE('/api/recruiting/hot-list/{candidateUserId}', { params: { path: { candidateUserId: candidate } } }));
      setDone('Taken off the hot list.'); list.reload();
    } catch (e) { setProblem(problemOf(e)); }
  };
  const items = itemsOf(list.data);
  return (
    <section aria-labelledby="hot-h">
      <h2 id="hot-h">Hot list</h2>
      <div className="row-fields">
        <div className="field">
          <label htmlFor="hot-tag">Tag</label>
          <input id="hot-tag" value={tag} onChange={(e) => { setTag(e.target.value); setPage(0); }} />
        </div>
        <div className="field">
          <label htmlFor="hot-avail">Availability</label>
          <select id="hot-avail" value={availability} onChange={(e) => { setAvailability(e.target.value); setPage(0); }}>
            {AVAILABILITY.map((v) => <option key={v} value={v}>{v ? label(v) : 'Any'}</option>)}
          </select>
        </div>
      </div>
      <ProblemAlert problem={list.problem ?? problem} />
      {done && <Notice>{done}</Notice>}
      {list.data && items.length === 0 && <p>Nobody on the hot list{tag || availability ? ' with these filters' : ''}.</p>}
      {items.length > 0 && (
        <table className="table">
          <thead><tr><th scope="col">Candidate</th><th scope="col">Availability</th><th scope="col">Tags</th><th scope="col">Note</th><th scope="col">Updated</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {items.map((h) => (
              <tr key={h.id}>
                <td><code title={h.candidateUserId}>{short(h.candidateUserId)}</code></td>
                <td>{label(h.availability)}{h.availableFrom ? ` from ${formatDate(h.availableFrom)}` : ''}</td>
                <td>{(h.tags ?? []).join(', ')}</td>
                <td>{h.note}</td>
                <td>{formatDate(h.updatedAt)}</td>
                <td><button type="button" onClick={() => remove(h.candidateUserId!)}>Remove <span className="visually-hidden">{short(h.candidateUserId)} from the hot list</span></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} size={SIZE} total={totalOf(list.data, items.length)} onPage={setPage} />
    </section>
  );
}
