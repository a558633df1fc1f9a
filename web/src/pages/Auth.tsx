// Sign up, verify the email address, log in, reset the password.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { users } from '../api/client';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { navigate, useLocation } from '../router';
import { session } from '../session';
import { Field, Link, Notice, ProblemAlert, useTitle } from '../ui';

function useSubmit() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (e: FormEvent, action: () => Promise<void>) => {
    e.preventDefault();
    setBusy(true); setProblem(null);
    try { await action(); } catch (err) { setProblem(problemOf(err)); } finally { setBusy(false); }
  };
  return { problem, busy, run };
}

export function SignUp() {
  useTitle('Sign up');
  const { problem, busy, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => run(e, async () => {
    const f = new FormData(e.currentTarget);
    const email = String(f.get('email'));
    unwrap(await users.POST('/api/auth/register', {
      body: { email, password: String(f.get('password')), name: String(f.get('name')) },
    }));
    setDone(email);
  });
  if (done) {
    return (
      <section className="narrow">
        <h1>Check your email</h1>
        <Notice>We sent a link to <strong>{done}</strong> to confirm your address. You can already <Link href="/login">log in</Link>.</Notice>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Create your account</h1>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <Field label="Full name" name="name" autoComplete="name" required problem={problem} />
        <Field label="Email" name="email" type="email" autoComplete="email" required problem={problem} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required problem={problem}
               hint="8 to 128 characters." />
        <p className="muted">Recruiters join their organization by invitation, or an admin grants the role.</p>
        <button type="submit" className="primary" disabled={busy}>Sign up</button>
      </form>
      <p>Already registered? <Link href="/login">Log in</Link></p>
    </section>
  );
}

export function VerifyEmail() {
  useTitle('Confirm your email');
  const token = useLocation().searchParams.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | Problem>('working');
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    if (!token) { setState({ title: 'No token', detail: 'This link has no token: open the link from the email again.' }); return; }
    users.POST('/api/auth/verify-email', { body: { token } })
      .then((r) => { unwrap(r); setState('done'); })
      .catch((e) => setState(problemOf(e)));
  }, [token]);
  return (
    <section className="narrow">
      <h1>Confirm your email</h1>
      {state === 'working' && <p role="status">Confirming…</p>}
      {state === 'done' && <Notice>Your email address is confirmed. <Link href="/login">Log in</Link></Notice>}
      {typeof state === 'object' && <ProblemAlert problem={state} />}
    </section>
  );
}

export function Login() {
  useTitle('Log in');
  const { problem, busy, run } = useSubmit();
  const next = useLocation().searchParams.get('next');
  const submit = (e: FormEvent<HTMLFormElement>) => run(e, async () => {
    const f = new FormData(e.currentTarget);
    const tokens = unwrap(await users.POST('/api/auth/login', {
      body: { email: String(f.get('email')), password: String(f.get('password')) },
    }));
    session.set({ accessToken: tokens.accessToken!, refreshToken: tokens.refreshToken! });
    const me = session.me();
    navigate(next && next.startsWith('/') ? next : me?.roles.includes('admin') ? '/admin/imports'
      : me?.roles.includes('recruiter') && !me.roles.includes('candidate') ? '/recruiter' : '/resumes', true);
  });
  return (
    <section className="narrow">
      <h1>Log in</h1>
      <form onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <Field label="Email" name="email" type="email" autoComplete="username" required problem={problem} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required problem={problem} />
        <button type="submit" className="primary" disabled={busy}>Log in</button>
      </form>
      <p><Link href="/reset-password">Forgot your password?</Link> · <Link href="/signup">Create an account</Link></p>
    </section>
  );
}

export function ResetPassword() {
  const token = useLocation().searchParams.get('token');
  useTitle('Reset your password');
  const { problem, busy, run } = useSubmit();
  const [done, setDone] = useState(false);
  const request = (e: FormEvent<HTMLFormElement>) => run(e, async () => {
    const f = new FormData(e.currentTarget);
    unwrap(await users.POST('/api/auth/password-reset/request', { body: { email: String(f.get('email')) } }));
    setDone(true);
  });
  const confirm = (e: FormEvent<HTMLFormElement>) => run(e, async () => {
    const f = new FormData(e.currentTarget);
    unwrap(await users.POST('/api/auth/password-reset/confirm', { body: { token: token!, newPassword: String(f.get('newPassword')) } }));
    setDone(true);
  });
  if (token) {
    return (
      <section className="narrow">
        <h1>Choose a new password</h1>
        {done ? <Notice>Your password is changed, and every session was signed out. <Link href="/login">Log in</Link></Notice> : (
          <form onSubmit={confirm} noValidate>
            <ProblemAlert problem={problem} />
            <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required problem={problem} hint="8 to 128 characters." />
            <button type="submit" className="primary" disabled={busy}>Change password</button>
          </form>
        )}
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Reset your password</h1>
      {done ? <Notice>If an account uses that address, we sent it a link to choose a new password.</Notice> : (
        <form onSubmit={request} noValidate>
          <ProblemAlert problem={problem} />
          <Field label="Email" name="email" type="email" autoComplete="email" required problem={problem} />
          <button type="submit" className="primary" disabled={busy}>Send the link</button>
        </form>
      )}
    </section>
  );
}
