// The caller's organization: every member sees who belongs to it; owners invite by email, change roles, remove
// members and revoke invitations. An invitee opens the mailed link (/accept-invitation?token=...) signed in and joins.
import { useState, type FormEvent } from 'react';
import { users } from '../api/client';
import { itemsOf, totalOf } from '../api/lists';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { navigate, useLocation } from '../router';
import { session } from '../session';
import { Field, Link, Loading, Notice, Pager, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

const SIZE = 50;
export const ORG_ROLES = ['owner', 'recruiter', 'hiring_manager'] as const;
export const roleLabel = (role?: string) => (role ?? '').replace('_', ' ');

/** The caller's organization (null when they belong to none: the service answers 404). */
export async function myOrganization() {
  const r = await users.GET('/api/organizations/mine');
  if (r.response.status === 404) return null;
  return unwrap(r);
}

export function Organization() {
  useTitle('Organization');
  const loc = useLocation();
  const page = Number(loc.searchParams.get('page') ?? 0) || 0;
  const org = useLoad(myOrganization, []);
  if (org.problem) return <><h1>Organization</h1><ProblemAlert problem={org.problem} /></>;
  if (org.loading && !org.data) return <Loading />;
  if (!org.data) return <><h1>Organization</h1><p>You do not belong to an organization. An owner invites you by email, or an admin creates one for you.</p></>;
  const owner = org.data.role === 'owner';
  return (
    <>
      <h1>{org.data.name}</h1>
      <p className="muted">Your role: {roleLabel(org.data.role)}</p>
      <Members orgId={org.data.id!} owner={owner} me={session.me()?.id} page={page} />
      {owner && <Invitations orgId={org.data.id!} />}
    </>
  );
}

function Members({ orgId, owner, me, page }: { orgId: string; owner: boolean; me?: string; page: number }) {
  const members = useLoad(async () => unwrap(await users.GET('/api/organizations/{id}/members', {
    params: { path: { id: orgId }, query: { page, size: SIZE } },
  })), [orgId, page]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const act = async (what: () => Promise<unknown>, message: string) => {
    setProblem(null); setDone(null);
    try { await what(); setDone(message); members.reload(); } catch (e) { setProblem(problemOf(e)); }
  };
  const items = itemsOf(members.data);
  return (
    <section aria-labelledby="members-h">
      <h2 id="members-h">Members</h2>
      <ProblemAlert problem={members.problem ?? problem} />
      {done && <Notice>{done}</Notice>}
      {members.loading && !members.data && <Loading />}
      <table className="table">
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Joined</th>{owner && <th scope="col">Actions</th>}</tr></thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.userId}>
              <td>{m.name || '—'}</td>
              <td>{m.email}</td>
              <td>
                {owner && m.userId !== me ? (
                  <select aria-label={`Role of ${m.email}`} value={m.role} onChange={(e) => act(async () => unwrap(await users.PUT('/api/organizations/{id}/members/{userId}', {
                    params: { path: { id: orgId, userId: m.userId! } }, body: { role: e.target.value },
                  })), `${m.email} is now ${roleLabel(e.target.value)}.`)}>
                    {ORG_ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
                  </select>
                ) : roleLabel(m.role)}
              </td>
              <td>{formatDate(m.joinedAt)}</td>
              {owner && <td>{m.userId !== me && (
                <button type="button" onClick={() => {
                  if (!window.confirm(`Remove ${m.email} from the organization?`)) return;
                  void act(async () => unwrap(await users.DELETE('/api/organizations/{id}/members/{userId}', { params: { path: { id: orgId, userId: m.userId! } } })), `${m.email} was removed.`);
                }}>Remove <span className="visually-hidden">{m.email}</span></button>
              )}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} size={SIZE} total={totalOf(members.data, items.length)} onPage={(p) => navigate(`/organization?page=${p}`)} />
    </section>
  );
}

function Invitations({ orgId }: { orgId: string }) {
  const [page, setPage] = useState(0);
  const pending = useLoad(async () => unwrap(await users.GET('/api/organizations/{id}/invitations', {
    params: { path: { id: orgId }, query: { page, size: SIZE } },
  })), [orgId, page]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('recruiter');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const invite = async (e: FormEvent) => {
    e.preventDefault(); setProblem(null); setDone(null);
    try {
      unwrap(await users.POST('/api/organizations/{id}/invitations', { params: { path: { id: orgId } }, body: { email, role } }));
      setDone(`Invitation mailed to ${email}.`); setEmail(''); pending.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };
  const revoke = async (id: string, to?: string) => {
    setProblem(null); setDone(null);
    try {
      unwrap(await users.DELETE('/api/organizations/{id}/invitations/{invitationId}', { params: { path: { id: orgId, invitationId: id } } }));
      setDone(`The invitation to ${to} is revoked.`); pending.reload();
    } catch (err) { setProblem(problemOf(err)); }
  };
  const items = itemsOf(pending.data);
  return (
    <section aria-labelledby="invitations-h">
      <h2 id="invitations-h">Invitations</h2>
      <form onSubmit={invite} className="row-fields" aria-label="Invite someone">
        <Field label="Email to invite" name="email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} problem={problem} />
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ORG_ROLES.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
          </select>
        </div>
        <button type="submit" className="primary">Invite</button>
      </form>
      <ProblemAlert problem={pending.problem ?? problem} />
      {done && <Notice>{done}</Notice>}
      {pending.data && items.length === 0 && <p>No pending invitation.</p>}
      {items.length > 0 && (
        <table className="table">
          <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Sent</th><th scope="col">Expires</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{i.email}</td><td>{roleLabel(i.role)}</td><td>{formatDate(i.createdAt)}</td><td>{formatDate(i.expiresAt)}</td>
                <td><button type="button" onClick={() => revoke(i.id!, i.email)}>Revoke <span className="visually-hidden">the invitation to {i.email}</span></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalOf(pending.data, 0) > SIZE && <Pager page={page} size={SIZE} total={totalOf(pending.data, 0)} onPage={setPage} />}
    </section>
  );
}

/** The mailed invitation link: the signed-in invitee joins; their session is refreshed so it carries the organization. */
export function AcceptInvitation() {
  useTitle('Join an organization');
  const token = useLocation().searchParams.get('token') ?? '';
  const [problem, setProblem] = useState<Problem | null>(null);
  const [joined, setJoined] = useState<{ name?: string; role?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true); setProblem(null);
    try {
      const org = unwrap(await users.POST('/api/organizations/invitations/accept', { body: { token } }));
      // The organization and role travel in the token's claims: a fresh token carries them.
      await session.refresh();
      setJoined(org);
    } catch (e) { setProblem(problemOf(e)); } finally { setBusy(false); }
  };
  return (
    <section>
      <h1>Join an organization</h1>
      {!token && <ProblemAlert problem={{ title: 'No invitation', detail: 'This link has no invitation token; open the link from the invitation email.' }} />}
      <ProblemAlert problem={problem} />
      {joined ? (
        <>
          <Notice>You joined {joined.name} as {roleLabel(joined.role)}.</Notice>
          <p><Link href="/organization">Your organization</Link> · <Link href="/recruiter/postings">Its jobs</Link></p>
        </>
      ) : token && (
        <>
          <p>You were invited to an organization on JobMatch. Accepting it with the account you are signed in with (the invited address) lets you work on its jobs and applicants.</p>
          <button type="button" className="primary" disabled={busy} onClick={accept}>Accept the invitation</button>
        </>
      )}
    </section>
  );
}
