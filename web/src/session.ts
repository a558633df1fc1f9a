// The signed-in user's tokens. Kept in sessionStorage (this tab, survives a reload, gone with the tab) rather than
// localStorage, so that a refresh token does not outlive the browser session.
import { useSyncExternalStore } from 'react';

interface Tokens { accessToken: string; refreshToken: string }
export interface Me { id: string; email: string; roles: string[] }

const KEY = 'jobmatch.session';
const listeners = new Set<() => void>();
let tokens: Tokens | null = read();
let me: Me | null = tokens ? decode(tokens.accessToken) : null;
let refreshing: Promise<boolean> | null = null;

function read(): Tokens | null {
  try { return JSON.parse(sessionStorage.getItem(KEY) ?? 'null'); } catch { return null; }
}

function decode(jwt: string): Me | null {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return { id: payload.sub, email: payload.email ?? payload.upn, roles: payload.groups ?? [] };
  } catch { return null; }
}

function emit() { listeners.forEach((l) => l()); }

export const session = {
  accessToken: () => tokens?.accessToken ?? null,
  me: () => me,
  set(next: Tokens) {
    tokens = { accessToken: next.accessToken, refreshToken: next.refreshToken };
    me = decode(tokens.accessToken);
    sessionStorage.setItem(KEY, JSON.stringify(tokens));
    emit();
  },
  clear() {
    if (!tokens) return;
    tokens = null; me = null;
    sessionStorage.removeItem(KEY);
    emit();
  },
  /** One refresh at a time: parallel 401s share it. */
  refresh(): Promise<boolean> {
    if (!tokens) return Promise.resolve(false);
    refreshing ??= fetch('/api/auth/refresh', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    }).then(async (r) => {
      if (!r.ok) return false;
      session.set(await r.json());
      return true;
    }).catch(() => false).finally(() => { refreshing = null; });
    return refreshing;
  },
  subscribe(listener: () => void) { listeners.add(listener); return () => { listeners.delete(listener); }; },
};

export function useMe(): Me | null {
  return useSyncExternalStore(session.subscribe, session.me);
}

export const hasRole = (m: Me | null, role: string) => !!m && m.roles.includes(role);
