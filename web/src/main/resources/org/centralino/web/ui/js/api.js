// The client of the public HTTP API (/api/v1). The browser authenticates with the session cookie that
// POST /auth/login sets (HttpOnly: this code never sees it); every state-changing request carries the
// X-CSRF-Token the server handed out with the session, as the contract requires.

const BASE = '/api/v1';

let csrfToken = null;
let onUnauthorized = () => {};

/** The CSRF token of the current session (from /auth/login or /auth/session); null when logged out. */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** What to do when the server says the session is gone (401): the app goes back to the login screen. */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/** An error answer of the API: the JSON {code, message, field?, fields?} with the HTTP status. */
export class ApiError extends Error {
  constructor(status, body, retryAfter = null) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.retryAfter = retryAfter;     // seconds, from the Retry-After of a 429 locked_out
    this.code = body?.code || body?.error || 'http_' + status;
    this.fields = normaliseFields(body);
  }
}

// per-field errors come as {"fields": {"name": "message"}} or as a list [{field, message}]; one "field" may
// name the field of the message itself
function normaliseFields(body) {
  const out = {};
  if (Array.isArray(body?.fields)) {
    body.fields.forEach(f => { out[f.field] = f.message; });
  } else if (body?.fields && typeof body.fields === 'object') {
    Object.assign(out, body.fields);
  }
  if (body?.field && !out[body.field]) {
    out[body.field] = body.message;
  }
  return out;
}

function query(params) {
  if (!params) {
    return '';
  }
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  });
  const s = q.toString();
  return s ? '?' + s : '';
}

// an Idempotency-Key: random, and built without crypto.randomUUID, which plain-HTTP pages on a LAN address lack
function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

async function parse(res) {
  if (res.status === 204) {
    return null;
  }
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

/**
 * Sends one request. opts: params (query), body (an object is sent as JSON, a string with opts.contentType),
 * ifMatch (a resource version: 412 when someone else changed it first), headers.
 * A POST carries an Idempotency-Key and is retried once with the same key when the network failed, so a
 * create whose answer was lost is not made twice.
 */
export async function request(method, path, opts = {}) {
  const headers = { Accept: 'application/json', ...(opts.headers || {}) };
  let body = opts.body;
  if (body !== undefined && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    headers['Content-Type'] = opts.contentType || 'text/plain';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  if (opts.ifMatch !== undefined && opts.ifMatch !== null) {
    headers['If-Match'] = `"${opts.ifMatch}"`;
  }
  if (method === 'POST') {
    headers['Idempotency-Key'] = newKey();
  }
  const init = { method, headers, body, credentials: 'same-origin' };
  const url = BASE + path + query(opts.params);
  let res;
  try {
    res = await fetch(url, init);
  } catch (networkError) {
    if (method !== 'POST') {
      throw networkError;
    }
    res = await fetch(url, init);
  }
  const data = await parse(res);
  if (res.status === 401 && !opts.allowUnauthorized) {
    onUnauthorized();
  }
  if (!res.ok) {
    throw new ApiError(res.status, typeof data === 'object' ? data : { message: data },
      res.headers.get('Retry-After'));
  }
  return data;
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body, opts = {}) => request('POST', path, { ...opts, body }),
  patch: (path, body, opts = {}) => request('PATCH', path, { ...opts, body }),
  put: (path, body, opts = {}) => request('PUT', path, { ...opts, body }),
  del: (path, opts = {}) => request('DELETE', path, opts),
};

/** The URL of a download (CSV, vCard): a plain link works, the session cookie goes with it. */
export function downloadUrl(path) {
  return BASE + path;
}

/** Every item of a paginated list ({items, nextCursor}), following the cursors up to maxItems. */
export async function listAll(path, params = {}, maxItems = 2000) {
  const items = [];
  let cursor = null;
  do {
    const page = await api.get(path, { ...params, limit: 500, cursor });
    if (Array.isArray(page)) {
      return page;
    }
    items.push(...(page.items || []));
    cursor = page.nextCursor;
  } while (cursor && items.length < maxItems);
  return items;
}
