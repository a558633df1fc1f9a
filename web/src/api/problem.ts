// RFC 9457 problem details as every service answers them; the app shows what they say.
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field?: string; message?: string }[];
  referenceId?: string;
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? 'The request failed');
  }
}

/** Turns an openapi-fetch result into its data, or throws the problem the service answered. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ProblemError(asProblem(result.error, result.response));
}

export function asProblem(body: unknown, response?: Response): Problem {
  if (body && typeof body === 'object' && ('detail' in body || 'title' in body)) return body as Problem;
  const status = response?.status;
  return {
    status,
    title: response?.statusText || 'Request failed',
    detail: status === 502 || status === 503 || status === 504
      ? 'The service is not reachable right now; try again in a moment.'
      : typeof body === 'string' && body ? body : `The request failed (HTTP ${status ?? 'error'}).`,
  };
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof TypeError) return { title: 'Network error', detail: 'The server could not be reached; check your connection.' };
  return { title: 'Error', detail: error instanceof Error ? error.message : String(error) };
}
