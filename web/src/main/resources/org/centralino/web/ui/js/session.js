// Who is logged in: the user of /auth/login or /auth/session, shared by every screen, and the live event stream
// that belongs to that session.
import { reactive } from 'vue';
import { api, setCsrfToken } from './api.js';
import { setLocale } from './i18n.js';
import { EventStream } from './events.js';

export const session = reactive({ user: null, checked: false });
export const stream = new EventStream();

function begin(answer) {
  setCsrfToken(answer.csrfToken || null);
  session.user = answer.user || null;
  if (session.user?.language) {
    setLocale(session.user.language);
  }
  stream.start();
}

/** Resumes the session of the cookie after a page load; false when there is none. */
export async function resume() {
  try {
    begin(await api.get('/auth/session'));
    return true;
  } catch {
    return false;
  } finally {
    session.checked = true;
  }
}

export async function login(username, password) {
  const answer = await api.post('/auth/login', { username, password });
  begin(answer);
  if (!session.user) {
    session.user = await api.get('/me');
  }
}

export async function logout() {
  try {
    await api.post('/auth/logout');
  } finally {
    end();
  }
}

/** Forgets the session locally (after logout, or when the server said it is gone). */
export function end() {
  stream.stop();
  setCsrfToken(null);
  session.user = null;
}

/** Replaces the cached user after a change to the profile. */
export function updateUser(user) {
  session.user = { ...session.user, ...user };
}

export function isAdmin() {
  return session.user?.role === 'ADMIN';
}

/** May manage some extensions: an administrator, or a delegated one (scope OWN, GROUPS or ALL). */
export function managesExtensions() {
  const scope = String(session.user?.scope?.extensions || 'NONE').toUpperCase();
  return isAdmin() || scope !== 'NONE';
}

/** The server says whether the role or a group right (MANAGE_PHONEBOOK) lets this user edit the shared phonebook. */
export function canEditShared() {
  return session.user?.canManageSharedPhonebook === true;
}

export function seesEveryone() {
  return ['ADMIN', 'OPERATOR'].includes(session.user?.role);
}
