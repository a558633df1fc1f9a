// Resume upload with progress. fetch() reports no upload progress, so this one call goes through XMLHttpRequest; its
// path, form fields and answer are those of the generated resume-service contract (POST /api/resumes).
import type { paths } from './resume';
import { asProblem, ProblemError } from './problem';
import { session } from '../session';

type UploadPath = '/api/resumes';
type UploadForm = NonNullable<paths[UploadPath]['post']['requestBody']>['content']['multipart/form-data'];
export type ResumeView = import('./resume').components['schemas']['ResumeView'];

export function uploadResume(file: File, onProgress: (fraction: number) => void, title?: string): Promise<ResumeView> {
  const form = new FormData();
  const fields: Partial<Record<keyof UploadForm, string | Blob>> = { file };
  if (title) fields.title = title;
  Object.entries(fields).forEach(([k, v]) => form.append(k, v as Blob | string));
  const path: UploadPath = '/api/resumes';
  const send = () => new Promise<XMLHttpRequest>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = session.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.send(form);
  });
  return send().then(async (xhr) => {
    if (xhr.status === 401 && await session.refresh()) xhr = await send();
    let body: unknown = xhr.responseText;
    try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: shown as text */ }
    if (xhr.status >= 200 && xhr.status < 300) return body as ResumeView;
    throw new ProblemError(asProblem(body, new Response(null, { status: xhr.status, statusText: xhr.statusText })));
  });
}
