// The shell: a skip link, the navigation for the signed-in user's roles, and the page for the current path.
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { users } from './api/client';
import { match, navigate, useLocation } from './router';
import { hasRole, session, useMe } from './session';
import { Link, Loading } from './ui';
import { Login, ResetPassword, SignUp, VerifyEmail } from './pages/Auth';

// Seeker pages come with the first screen; recruiter and admin pages load when opened.
import { ResumeDetail, Resumes } from './pages/Resumes';
import { MatchDetailPage, Matches } from './pages/Matches';
import { Applications, Notifications, Preferences } from './pages/Seeker';
// Correcting, versions and advice are opened from a resume, not on the first screen: loaded when opened.
const ResumeEdit = lazy(() => import('./pages/ResumeReview').then((m) => ({ default: m.ResumeEdit })));
const ResumeHistory = lazy(() => import('./pages/ResumeReview').then((m) => ({ default: m.ResumeHistory })));
const ResumeAdvice = lazy(() => import('./pages/Advice').then((m) => ({ default: m.ResumeAdvice })));
const Recruiter = lazy(() => import('./pages/Recruiter').then((m) => ({ default: m.Recruiter })));
const RecruiterJob = lazy(() => import('./pages/Recruiter').then((m) => ({ default: m.RecruiterJob })));
const Postings = lazy(() => import('./pages/Postings').then((m) => ({ default: m.Postings })));
const PostingDetail = lazy(() => import('./pages/Postings').then((m) => ({ default: m.PostingDetail })));
const JobApplicants = lazy(() => import('./pages/Applicants').then((m) => ({ default: m.JobApplicants })));
const TalentPage = lazy(() => import('./pages/Talent').then((m) => ({ default: m.TalentPage })));
const Organization = lazy(() => import('./pages/Organization').then((m) => ({ default: m.Organization })));
const AcceptInvitation = lazy(() => import('./pages/Organization').then((m) => ({ default: m.AcceptInvitation })));
const AdminImports = lazy(() => import('./pages/Admin').then((m) => ({ default: m.AdminImports })));
const AdminUsers = lazy(() => import('./pages/Admin').then((m) => ({ default: m.AdminUsers })));
const AdminWeights = lazy(() => import('./pages/AdminWeights').then((m) => ({ default: m.AdminWeights })));

interface Route { path: string; page: (p: Record<string, string>) => ReactNode; role?: string }

const routes: Route[] = [
  { path: '/signup', page: () => <SignUp /> },
  { path: '/verify-email', page: () => <VerifyEmail /> },
  { path: '/login', page: () => <Login /> },
  { path: '/reset-password', page: () => <ResetPassword /> },
  { path: '/resumes', page: () => <Resumes />, role: 'candidate' },
  { path: '/resumes/:id', page: (p) => <ResumeDetail id={p.id} />, role: 'candidate' },
  { path: '/resumes/:id/edit', page: (p) => <ResumeEdit id={p.id} />, role: 'candidate' },
  { path: '/resumes/:id/history', page: (p) => <ResumeHistory id={p.id} />, role: 'candidate' },
  { path: '/resumes/:id/advice', page: (p) => <ResumeAdvice id={p.id} />, role: 'candidate' },
  { path: '/matches', page: () => <Matches />, role: 'candidate' },
  { path: '/matches/:resumeId/:jobId', page: (p) => <MatchDetailPage resumeId={p.resumeId} jobId={p.jobId} />, role: 'candidate' },
  { path: '/applications', page: () => <Applications />, role: 'candidate' },
  { path: '/notifications', page: () => <Notifications />, role: 'candidate' },
  { path: '/preferences', page: () => <Preferences />, role: 'candidate' },
  { path: '/recruiter', page: () => <Recruiter />, role: 'recruiter' },
  { path: '/recruiter/jobs/:jobId', page: (p) => <RecruiterJob jobId={p.jobId} />, role: 'recruiter' },
  { path: '/recruiter/postings', page: () => <Postings />, role: 'recruiter' },
  { path: '/recruiter/postings/:id', page: (p) => <PostingDetail id={p.id} />, role: 'recruiter' },
  { path: '/recruiter/postings/:id/applicants', page: (p) => <JobApplicants id={p.id} />, role: 'recruiter' },
  { path: '/recruiter/talent', page: () => <TalentPage />, role: 'recruiter' },
  { path: '/organization', page: () => <Organization />, role: 'recruiter' },
  // Any signed-in account: the invitee is often still a job seeker.
  { path: '/accept-invitation', page: () => <AcceptInvitation />, role: 'user' },
  { path: '/admin/imports', page: () => <AdminImports />, role: 'admin' },
  { path: '/admin/users', page: () => <AdminUsers />, role: 'admin' },
  { path: '/admin/weights', page: () => <AdminWeights />, role: 'admin' },
];

function home(roles: string[]) {
  if (roles.includes('candidate')) return '/resumes';
  if (roles.includes('recruiter')) return '/recruiter';
  if (roles.includes('admin')) return '/admin/imports';
  return '/login';
}

export function App() {
  const loc = useLocation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const path = loc.pathname;

  // Focus moves to the page on navigation, so that screen readers announce it.
  useEffect(() => { main.current?.focus({ preventScroll: true }); }, [path]);

  let content: ReactNode = null;
  let redirect: string | null = null;
  if (path === '/') redirect = me ? home(me.roles) : '/login';
  else {
    const found = routes.map((r) => ({ r, params: match(r.path, path) })).find((x) => x.params);
    if (!found) content = <section><h1>Page not found</h1><p>There is no page at {path}. <Link href="/">Go home</Link></p></section>;
    else if (found.r.role && !me) redirect = `/login?next=${encodeURIComponent(path + loc.search)}`;
    else if (found.r.role && found.r.role !== 'user' && !hasRole(me, found.r.role) && !hasRole(me, 'admin'))
      content = <section><h1>Not for this account</h1><p>This page is for {found.r.role}s.</p></section>;
    else content = found.r.page(found.params!);
  }
  useEffect(() => { if (redirect) navigate(redirect, true); }, [redirect]);

  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <nav aria-label="Main">
          <Link href="/" className="brand">JobMatch</Link>
          <ul>
            {me && hasRole(me, 'candidate') && <>
              <li><Link href="/resumes" aria-current={path.startsWith('/resumes') ? 'page' : undefined}>Resumes</Link></li>
              <li><Link href="/matches" aria-current={path.startsWith('/matches') ? 'page' : undefined}>Matches</Link></li>
              <li><Link href="/applications" aria-current={path === '/applications' ? 'page' : undefined}>Applications</Link></li>
              <li><Link href="/notifications" aria-current={path === '/notifications' ? 'page' : undefined}>Notifications</Link></li>
              <li><Link href="/preferences" aria-current={path === '/preferences' ? 'page' : undefined}>Preferences</Link></li>
            </>}
            {me && (hasRole(me, 'recruiter') || hasRole(me, 'admin')) &&
              <>
                <li><Link href="/recruiter" aria-current={path === '/recruiter' || path.startsWith('/recruiter/jobs') ? 'page' : undefined}>Candidates</Link></li>
                <li><Link href="/recruiter/postings" aria-current={path.startsWith('/recruiter/postings') || path === '/recruiter/talent' ? 'page' : undefined}>Our jobs</Link></li>
                <li><Link href="/organization" aria-current={path === '/organization' ? 'page' : undefined}>Organization</Link></li>
              </>}
            {me && hasRole(me, 'admin') && <>
              <li><Link href="/admin/imports" aria-current={path === '/admin/imports' ? 'page' : undefined}>Imports</Link></li>
              <li><Link href="/admin/users" aria-current={path === '/admin/users' ? 'page' : undefined}>Users</Link></li>
              <li><Link href="/admin/weights" aria-current={path === '/admin/weights' ? 'page' : undefined}>Weights</Link></li>
            </>}
          </ul>
          <div className="account">
            {me ? <>
              <span className="muted">{me.email}</span>
              <button type="button" onClick={async () => { await users.POST('/api/auth/logout').catch(() => null); session.clear(); navigate('/login'); }}>Log out</button>
            </> : <><Link href="/login">Log in</Link> <Link href="/signup" className="button primary">Sign up</Link></>}
          </div>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </main>
    </>
  );
}
