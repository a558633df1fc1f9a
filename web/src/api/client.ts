// The typed API clients: openapi-fetch over the types generated from each service's OpenAPI document
// (scripts/gen-api.mjs). Every call goes to the same origin (the gateway), with the signed-in user's access token;
// a 401 tries the refresh token once, then signs out.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as UserPaths } from './user';
import type { paths as ResumePaths } from './resume';
import type { paths as MatchingPaths } from './matching';
import { session } from '../session';

const auth: Middleware = {
  async onRequest({ request }) {
    const token = session.accessToken();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || request.url.includes('/api/auth/')) return response;
    if (await session.refresh()) {
      const retry = new Request(request, { headers: new Headers(request.headers) });
      retry.headers.set('Authorization', `Bearer ${session.accessToken()}`);
      return fetch(retry);
    }
    session.clear();
    return response;
  },
};

function client<P extends {}>() {
  const c = createClient<P>({ baseUrl: '' });
  c.use(auth);
  return c;
}

export const users = client<UserPaths>();
export const resumes = client<ResumePaths>();
export const matching = client<MatchingPaths>();
