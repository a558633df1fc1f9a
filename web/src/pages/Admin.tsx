// Admins: job imports with their counts and rejected rows, and the users with their roles and status.
import { useState, type FormEvent } from 'react';
import { matching, users } from '../api/client';
import { itemsOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { navigate, useLocation } from '../router';
import { Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

const TYPES: Record<string, 'application/json' | 'application/ld+json' | 'text/csv'> = {
  json: 'application/json', jsonld: 'application/ld+json', csv: 'text/csv',
};

export function AdminImports() {
  useTitle('Job imports');
  const list = useLoad(async () => itemsOf(unwrap(await matching.GET('/api/jobs/imports', { params: { query: { size: 20 } } }))), []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const file = f.get('file') as File | null;
    if (!file || !file.size) { setProblem({ title: 'No file', detail: 'Choose a JSON, JSON-LD or CSV file of job postings.' }); return; }
    const ext = file.name.toLowerCase().endsWith('.csv') ? 'csv' : file.name.toLowerCase().endsWith('.jsonld') ? 'jsonld' : 'json';
    setBusy(true); setProblem(null); setDone(null);
    try {
      const source = String(f.get('source') || '') || undefined;
      const preset = String(f.get('preset') || '') || undefined;
      const body = await file.text();
      const result = unwrap(await matching.POST('/api/jobs/imports', {
        params: { query: { source, preset } }, body,
        headers: { 'Content-Type': TYPES[ext] }, bodySerializer: (b: unknown) => b as string,
      })) as { newCount?: number; rejectedCount?: number } | undefined;
      setDone(`Imported ${file.name}: ${result?.newCount ?? 0} new, ${result?.rejectedCount ?? 0} rejected.`);
      list.reload();
    } catch (err) { setProblem(problemOf(err)); } finally { setBusy(false); }
  };
  return (
    <>
      <h1>Job imports</h1>
      <section className="card" aria-labelledby="imp-h">
        <h2 id="imp-h">Import job postings</h2>
        <form onSubmit={submit} className="row-fields">
          <div className="field"><label htmlFor="imp-file">File (JSON, JSON-LD or CSV)</label><input id="imp-file" name="file" type="file" accept=".json,.jsonld,.csv" /></div>
          <div className="field"><label htmlFor="imp-source">Source name</label><input id="imp-source" name="source" placeholder="bulk-import" pattern="[\w.:@/-]{1,100}" /></div>
          <div className="field"><label htmlFor="imp-preset">CSV preset</label><input id="imp-preset" name="preset" placeholder="linkedin, glassdoor" /></div>
          <div className="field"><button type="submit" className="primary" disabled={busy}>{busy ? 'Importing…' : 'Import'}</button></div>
        </form>
        <ProblemAlert problem={problem} />
        {done && <Notice>{done}</Notice>}
      </section>
      <ProblemAlert problem={list.problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <table className="table">
          <caption>Latest imports</caption>
          <thead><tr><th scope="col">Started</th><th scope="col">Source</th><th scope="col">Format</th><th scope="col">Status</th>
            <th scope="col">Rows</th><th scope="col">New</th><th scope="col">Updated</th><th scope="col">Unchanged</th><th scope="col">Rejected</th></tr></thead>
          <tbody>
            {list.data.map((i) => (
              <tr key={i.id}>
                <td>{formatDate(i.startedAt)}</td><td>{i.source}</td><td>{i.format}</td><td>{i.status?.toLowerCase()}</td>
                <td>{i.totalRows}</td><td>{i.newCount}</td><td>{i.updatedCount}</td><td>{i.unchangedCount}</td>
                <td>{i.rejectedCount ? <Rejections id={i.id!} count={i.rejectedCount} /> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** The rejected rows of one import: the list answer leaves them out, so they are read when opened. */
function Rejections({ id, count }: { id: string; count: number }) {
  const [open, setOpen] = useState(false);
  const one = useLoad(async () => (open ? unwrap(await matching.GET('/api/jobs/imports/{id}', { params: { path: { id } } })) : null), [open, id]);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{count}<span className="visually-hidden"> rejected rows</span></summary>
      <ProblemAlert problem={one.problem} />
      {open && one.loading && <Loading />}
      {one.data && <ul>{(one.data.rejections ?? []).map((r, k) => <li key={k}>Row {r.row}{r.externalId && ` (${r.externalId})`}: {r.reason}</li>)}</ul>}
    </details>
  );
}

const ROLES = ['candidate', 'recruiter', 'admin'];

export function AdminUsers() {
  useTitle('Users');
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const search = loc.searchParams.get('search') ?? '';
  const [text, setText] = useState(search);
  const list = useLoad(async () => unwrap(await users.GET('/api/users', { params: { query: { search: search || undefined, page, size: 20 } } })), [page, search]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const change = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try { await action(); list.reload(); } catch (e) { setProblem(problemOf(e)); }
  };
  return (
    <>
      <h1>Users</h1>
      <form role="search" className="searchbar" onSubmit={(e) => { e.preventDefault(); navigate(`/admin/users?search=${encodeURIComponent(text)}`); }}>
        <label htmlFor="user-q">Search users</label>
        <input id="user-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="email, username or name" />
        <button type="submit">Search</button>
      </form>
      <ProblemAlert problem={list.problem ?? problem} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <table className="table">
            <caption>Accounts</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Roles</th><th scope="col">Verified</th><th scope="col">Last login</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {(list.data.items ?? []).map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td><td>{u.email}</td>
                  <td>
                    <fieldset className="choices compact"><legend className="visually-hidden">Roles of {u.email}</legend>
                      {ROLES.map((r) => (
                        <label key={r}><input type="checkbox" checked={!!u.roles?.includes(r)} onChange={(e) => {
                          const next = e.target.checked ? [...(u.roles ?? []), r] : (u.roles ?? []).filter((x) => x !== r);
                          change(async () => unwrap(await users.PUT('/api/users/{id}/roles', { params: { path: { id: u.id! } }, body: { roles: next } })));
                        }} /> {r}</label>
                      ))}
                    </fieldset>
                  </td>
                  <td>{u.emailVerified ? 'yes' : 'no'}</td>
                  <td>{formatDate(u.lastLoginAt)}</td>
                  <td><button type="button" onClick={() => change(async () => unwrap(await users.PUT('/api/users/{id}/status', { params: { path: { id: u.id! } }, body: { enabled: !u.enabled } })))}>
                    {u.enabled ? 'Disable' : 'Enable'}<span className="visually-hidden"> {u.email}</span></button></td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={20} total={list.data.total ?? 0} onPage={(p) => navigate(`/admin/users?search=${encodeURIComponent(search)}&page=${p}`)} />
        </>
      )}
    </>
  );
}
