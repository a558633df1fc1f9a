// Small shared pieces: links, the problem alert, labelled fields, loading state, paging, confidence, fit chance.
import { useCallback, useEffect, useRef, useState, type AnchorHTMLAttributes, type InputHTMLAttributes, type ReactNode } from 'react';
import { onLink } from './router';
import { problemOf, type Problem } from './api/problem';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={(e) => { props.onClick?.(e); onLink(e); }} />;
}

/** Shows a problem as the service worded it: its title, its detail, and each field error. */
export function ProblemAlert({ problem }: { problem: Problem | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (problem) ref.current?.focus(); }, [problem]);
  if (!problem) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} data-testid="problem">
      <strong>{problem.title ?? 'Something went wrong'}</strong>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <ul>{problem.errors.map((e, i) => <li key={i}>{e.field ? <code>{e.field}</code> : null} {e.message}</li>)}</ul>
      )}
      {problem.referenceId && <p className="muted">Reference: {problem.referenceId}</p>}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return <div className="alert alert-ok" role="status">{children}</div>;
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; problem?: Problem | null; hint?: string };

/** A labelled input; a field error of the last problem (errors[].field) is shown under it and announced. */
export function Field({ label, name, problem, hint, ...input }: FieldProps) {
  const id = `f-${name}`;
  const error = problem?.errors?.find((e) => e.field === name || e.field?.endsWith(`.${name}`))?.message;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </div>
  );
}

export interface Loaded<T> { data: T | null; problem: Problem | null; loading: boolean; reload: () => void }

/** Loads data for a page; `deps` reload it. Errors become the problem to show. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; problem: Problem | null; loading: boolean }>({ data: null, problem: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then((data) => live && setState({ data, problem: null, loading: false }))
      .catch((e) => live && setState({ data: null, problem: problemOf(e), loading: false }));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <p className="muted" role="status" aria-live="polite">{what}…</p>;
}

export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>Previous</button>
      <span aria-live="polite">Page {page + 1} of {pages} ({total} in all)</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>Next</button>
    </nav>
  );
}

/** A confidence or score between 0 and 1, as a percentage with a bar (the number is the accessible text). */
export function Meter({ value, label }: { value: number | null | undefined; label: string }) {
  if (value == null || Number.isNaN(value)) return <span className="muted">{label}: n/a</span>;
  const pct = Math.round(value * 100);
  const level = pct >= 75 ? 'high' : pct >= 50 ? 'mid' : 'low';
  return (
    <span className={`meter meter-${level}`}>
      <span className="meter-label">{label}: {pct}%</span>
      <span className="meter-bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>
    </span>
  );
}

/**
 * What a score means (the service's fitChance): the share of labelled resume-job pairs with such a score that were
 * judged a fit. The score orders jobs; this tells how often a score like it was a fit. Nothing when the service has
 * no calibration.
 */
export function FitChance({ value }: { value: number | null | undefined }) {
  if (value == null || Number.isNaN(value)) return null;
  const pct = Math.round(value * 100);
  return <p className="fit-chance">Fit chance: {pct}% <span className="muted">({pct} in 100 resume–job pairs scored like this were judged a fit)</span></p>;
}

/**
 * The person's filtered fields a job does not state (the service's unstatedFilters): such a job is not known to pass
 * the filters, so it is listed after the jobs that are, and says which fields it leaves open.
 */
export function UnstatedFilters({ fields }: { fields?: string[] | null }) {
  if (!fields || fields.length === 0) return null;
  const named = fields.length === 1 ? fields[0] : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
  return (
    <p className="unstated">
      <strong>Not stated:</strong> the job does not say its {named}, which your preferences filter on; it is listed
      after the jobs known to pass them.
    </p>
  );
}

/** Scores come as 0-100 from some fields and 0-1 from others; a fraction either way. */
export function fraction(v?: number | null): number | null {
  return v == null ? null : v > 1 ? v / 100 : v;
}

export function formatDate(value?: string | null) {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function useTitle(title: string) {
  useEffect(() => { document.title = `${title} · JobMatch`; }, [title]);
}
