// The REST API under /api/v1: JSON in and out, the session's CSRF token on every state-changing call, and every
// failure thrown as a Problem (RFC 9457 problem details), whatever the server answered.

export const API_ROOT = '/api/v1';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken = null;

/** A failed call: the problem details the server sent, or ones made up from the status when it sent none. */
export class Problem extends Error {
  constructor(details) {
    super(details.detail || details.title || `HTTP ${details.status}`);
    this.name = 'Problem';
    this.status = details.status ?? 0;
    this.type = details.type ?? 'about:blank';
    this.title = details.title ?? '';
    this.detail = details.detail ?? this.message;
    this.errors = Array.isArray(details.errors) ? details.errors : [];
  }

  /** @return the message of the field's error, or null */
  fieldError(field) {
    return this.errors.find((error) => error.field === field)?.message ?? null;
  }
}

/** Called with the session's token after a login or a session check; null after a logout. */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** @return the absolute path of an API path such as '/customers' (kept when it already starts with /api/) */
export function apiPath(path) {
  return path.startsWith('/api/') ? path : API_ROOT + (path.startsWith('/') ? path : `/${path}`);
}

/** @return the query string of the entries whose value is set, with '?' in front, or '' */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters ?? {})) {
    for (const one of [value].flat()) {
      if (one !== null && one !== undefined && one !== '') search.append(name, String(one));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** fetch() on the API with the session cookie and, for state-changing methods, the CSRF header. */
export function apiFetch(path, init = {}) {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers ?? {});
  if (!SAFE_METHODS.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  return fetch(apiPath(path), {...init, method, headers, credentials: 'same-origin'});
}

/**
 * Calls the API and answers the JSON body (null for 204).
 * options: method, body (sent as JSON), raw (a Blob, File or ArrayBuffer sent as is), contentType (for raw),
 * query (an object of query parameters), headers.
 * @throws Problem on any status that is not 2xx, and on a network failure (status 0)
 */
export async function api(path, options = {}) {
  const init = {method: options.method ?? 'GET', headers: {...(options.headers ?? {})}};
  if (options.raw !== undefined) {
    init.body = options.raw;
    init.headers['Content-Type'] = options.contentType || 'application/octet-stream';
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await apiFetch(path + query(options.query), init);
  } catch (failure) {
    throw new Problem({status: 0, title: 'Network error', detail: String(failure.message ?? failure)});
  }
  const body = await readBody(response);
  if (!response.ok) {
    const details = body && typeof body === 'object' ? body : {detail: body || response.statusText};
    const problem = new Problem({title: response.statusText, ...details, status: response.status});
    if (response.status === 401 && !apiPath(path).endsWith('/session')) {
      window.dispatchEvent(new CustomEvent('tierbench:unauthorized', {detail: problem}));
    }
    throw problem;
  }
  return body;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  if (!text) return null;
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return {detail: text};
    }
  }
  return text;
}

/** @return the list an answer carries: the answer itself when it is an array, else its items */
export function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  return Array.isArray(answer?.items) ? answer.items : [];
}
