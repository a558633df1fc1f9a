// The job seeker's resumes: upload (drag and drop, progress, parse status) and the parsed resume with the parser's
// confidence for each field.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { resumes } from '../api/client';
import { problemOf, unwrap, type Problem } from '../api/problem';
import { uploadResume, type ResumeView } from '../api/upload';
import type { components } from '../api/resume';
import { Link, Loading, Meter, ProblemAlert, formatDate, useLoad, useTitle } from '../ui';

type ResumeData = components['schemas']['ResumeData'];
const DONE = new Set(['parsed', 'failed', 'manual']);

/** Polls a resume until its parsing is done (parsed, failed) and returns it. */
export function useResumeStatus(id: string | null, initial?: ResumeView | null) {
  const [resume, setResume] = useState<ResumeView | null>(initial ?? null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true, timer = 0, delay = 500;
    const poll = async () => {
      try {
        const r = unwrap(await resumes.GET('/api/resumes/{id}', { params: { path: { id } } }));
        if (!live) return;
        setResume(r);
        if (!DONE.has(r.status ?? '') || (r.status === 'parsed' && !r.enriched && delay < 4000)) {
          delay = Math.min(delay * 1.5, 3000);
          timer = window.setTimeout(poll, delay);
        }
      } catch (e) { if (live) setProblem(problemOf(e)); }
    };
    poll();
    return () => { live = false; clearTimeout(timer); };
  }, [id]);
  return { resume, problem };
}

function StatusBadge({ status }: { status?: string }) {
  const label = status === 'pending' || status === 'parsing' ? 'Reading your resume…' : status === 'parsed' ? 'Parsed'
    : status === 'failed' ? 'Could not be read' : status ?? 'unknown';
  return <span className={`badge badge-${status}`}>{label}</span>;
}

function Upload({ onUploaded }: { onUploaded: () => void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [uploadedId, setUploadedId] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { resume, problem: pollProblem } = useResumeStatus(uploadedId);

  useEffect(() => { if (resume && DONE.has(resume.status ?? '')) onUploaded(); }, [resume?.status]); // eslint-disable-line

  const send = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null); setUploadedId(null); setProgress(0);
    try {
      const r = await uploadResume(file, setProgress);
      setUploadedId(r.id!);
    } catch (e) { setProblem(problemOf(e)); } finally { setProgress(null); }
  };
  const drop = (e: DragEvent) => { e.preventDefault(); setOver(false); send(e.dataTransfer.files[0]); };

  return (
    <section aria-labelledby="upload-h" className="card">
      <h2 id="upload-h">Upload a resume</h2>
      <div className={`dropzone${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }}
           onDragLeave={() => setOver(false)} onDrop={drop} data-testid="dropzone">
        <p>Drag a PDF, DOCX, TXT or JSON Resume file here, or</p>
        <label className="button" htmlFor="resume-file">Choose a file</label>
        <input id="resume-file" ref={input} type="file" className="visually-hidden"
               accept=".pdf,.docx,.txt,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/json"
               onChange={(e) => { send(e.target.files?.[0]); e.target.value = ''; }} />
        <p className="muted">Up to 10 MB.</p>
      </div>
      {progress != null && (
        <div className="progress">
          <label htmlFor="upload-progress">Uploading</label>
          <progress id="upload-progress" max={1} value={progress}>{Math.round(progress * 100)}%</progress>
        </div>
      )}
      <ProblemAlert problem={problem ?? pollProblem} />
      {resume && (
        <div className="upload-status" role="status" aria-live="polite" data-testid="upload-status">
          <p><strong>{resume.title ?? resume.fileMetadata?.original_filename as string}</strong> <StatusBadge status={resume.status} /></p>
          {resume.status === 'failed' && (
            <div className="alert alert-error" role="alert">
              <strong>This file could not be read</strong>
              <p>{resume.errorMessage}</p>
            </div>
          )}
          {resume.status === 'parsed' && <p><Link href={`/resumes/${resume.id}`}>Review the parsed resume</Link> · <Link href={`/matches?resume=${resume.id}`}>See matching jobs</Link></p>}
        </div>
      )}
    </section>
  );
}

export function Resumes() {
  useTitle('Your resumes');
  const list = useLoad(async () => unwrap(await resumes.GET('/api/resumes', { params: { query: { size: 50 } } })), []);
  return (
    <>
      <h1>Your resumes</h1>
      <Upload onUploaded={list.reload} />
      <section aria-labelledby="list-h">
        <h2 id="list-h">Uploaded</h2>
        <ProblemAlert problem={list.problem} />
        {list.loading && !list.data && <Loading />}
        {list.data && (list.data.items?.length ? (
          <ul className="rows">
            {list.data.items.map((r) => (
              <li key={r.id} className="row">
                <div>
                  <Link href={`/resumes/${r.id}`}><strong>{r.title || 'Untitled resume'}</strong></Link>{' '}
                  <StatusBadge status={r.status} /> {r.primary && <span className="badge">primary</span>}
                  <div className="muted">Uploaded {formatDate(r.createdAt)}{r.currentVersion ? ` · version ${r.currentVersion}` : ''}</div>
                  {r.status === 'failed' && <div className="field-error">{r.errorMessage}</div>}
                </div>
                {r.status === 'parsed' && <Link className="button" href={`/matches?resume=${r.id}`}>Matches</Link>}
              </li>
            ))}
          </ul>
        ) : <p>No resume yet: upload one above.</p>)}
      </section>
    </>
  );
}

/**
 * Where a role marked current ends: the day the uploaded file says it was written (resume-service counts the role's
 * months to it, as the resume stated them then), else now.
 */
function currentUntil(fileMetadata?: { [key: string]: unknown } | null) {
  const writtenOn = fileMetadata?.written_on;
  return typeof writtenOn === 'string' ? `current when the file was saved, ${writtenOn}` : 'now';
}

function Conf({ data, field }: { data?: ResumeData; field: string }) {
  const value = data?.confidence?.[field];
  return value == null ? null : <Meter value={value} label="confidence" />;
}

function Searchable({ resume }: { resume: ResumeView }) {
  const [on, setOn] = useState(!!resume.searchable);
  const [problem, setProblem] = useState<Problem | null>(null);
  const toggle = async (next: boolean) => {
    setProblem(null);
    setOn(next); // at once, as a checkbox should; put back if the service refuses
    try {
      unwrap(await resumes.PATCH('/api/resumes/{id}', { params: { path: { id: resume.id! } }, body: { searchable: next } }));
    } catch (e) { setOn(!next); setProblem(problemOf(e)); }
  };
  return (
    <>
      <label className="check"><input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} /> Let recruiters find this resume</label>
      <ProblemAlert problem={problem} />
    </>
  );
}

export function ResumeDetail({ id }: { id: string }) {
  const { resume, problem } = useResumeStatus(id);
  useTitle(resume?.title ?? 'Resume');
  if (problem) return <ProblemAlert problem={problem} />;
  if (!resume) return <Loading />;
  const d = resume.resumeData;
  const c = d?.contact_info;
  return (
    <>
      <h1>{c?.full_name || resume.title || 'Your resume'}</h1>
      <p><StatusBadge status={resume.status} /> {resume.currentVersion ? `Version ${resume.currentVersion}` : ''}
        {resume.status === 'parsed' && <> · <Link href={`/matches?resume=${resume.id}`}>See matching jobs</Link></>}</p>
      {resume.status === 'parsed' && <Searchable resume={resume} />}
      {d && <p className="actions">
        <Link className="button" href={`/resumes/${resume.id}/edit`}>Correct the fields</Link>
        <Link className="button" href={`/resumes/${resume.id}/history`}>Versions and changes</Link>
        <Link className="button" href={`/resumes/${resume.id}/advice`}>Analysis and suggestions</Link>
      </p>}
      {resume.status === 'failed' && <div className="alert alert-error" role="alert"><strong>This file could not be read</strong><p>{resume.errorMessage}</p></div>}
      {d && (
        <div className="grid">
          <section className="card" aria-labelledby="contact-h">
            <h2 id="contact-h">Contact</h2>
            <dl className="fields">
              <dt>Name</dt><dd>{c?.full_name ?? '—'} <Conf data={d} field="contact_info.full_name" /></dd>
              <dt>Email</dt><dd>{c?.email ?? '—'} <Conf data={d} field="contact_info.email" /></dd>
              <dt>Phone</dt><dd>{c?.phone ?? '—'} <Conf data={d} field="contact_info.phone" /></dd>
              <dt>Links</dt><dd>{c?.links?.map((l) => l.url).join(', ') || '—'} <Conf data={d} field="contact_info.links" /></dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="skills-h">
            <h2 id="skills-h">Skills <Conf data={d} field="skills" /></h2>
            <ul className="chips">{(d.skills ?? []).map((s) => <li key={s}>{s}</li>)}</ul>
            {resume.extractedSkills && resume.extractedSkills.length > 0 && (
              <details>
                <summary>Skills recognised in the text ({resume.extractedSkills.length})</summary>
                <ul className="chips">{resume.extractedSkills.map((s, i) => <li key={i}>{s.name} <span className="muted">{Math.round((s.confidence ?? 0) * 100)}%</span></li>)}</ul>
              </details>
            )}
          </section>
          {d.summary && <section className="card wide" aria-labelledby="summary-h"><h2 id="summary-h">Summary <Conf data={d} field="summary" /></h2><p>{d.summary}</p></section>}
          <section className="card wide" aria-labelledby="exp-h">
            <h2 id="exp-h">Experience <Conf data={d} field="work_experience" /></h2>
            {(d.work_experience ?? []).length === 0 && <p className="muted">None found.</p>}
            <ol className="timeline">
              {(d.work_experience ?? []).map((w, i) => (
                <li key={i}>
                  <strong>{w.position}</strong>{w.company && <> at {w.company}</>}
                  <div className="muted">{w.start_date} – {w.is_current ? currentUntil(resume.fileMetadata) : w.end_date}{w.months ? ` (${w.months} months)` : ''}</div>
                  {w.description && <p>{w.description}</p>}
                  {w.responsibilities && w.responsibilities.length > 0 && <ul>{w.responsibilities.map((r, j) => <li key={j}>{r}</li>)}</ul>}
                </li>
              ))}
            </ol>
          </section>
          <section className="card" aria-labelledby="edu-h">
            <h2 id="edu-h">Education <Conf data={d} field="education" /></h2>
            {(d.education ?? []).length === 0 ? <p className="muted">None found.</p> :
              <ul>{(d.education ?? []).map((e, i) => <li key={i}>{[e.degree, e.field_of_study].filter(Boolean).join(', ')} {e.institution && <>— {e.institution}</>} {e.graduation_date && <span className="muted">({e.graduation_date})</span>}</li>)}</ul>}
          </section>
          <section className="card" aria-labelledby="lang-h">
            <h2 id="lang-h">Languages <Conf data={d} field="languages" /></h2>
            {(d.languages ?? []).length === 0 ? <p className="muted">None found.</p> :
              <ul>{(d.languages ?? []).map((l, i) => <li key={i}>{l.language}{l.fluency && <span className="muted"> ({l.fluency})</span>}</li>)}</ul>}
          </section>
        </div>
      )}
    </>
  );
}
