// api.js — the JSON API (/api/v1, docs/http.md) with the session cookie,
// and the X-CSRF-Token header on every change.

let csrf = '';

// A refusal of the API: its status and {code, message, field}.
export class ApiError extends Error {
  constructor(status, error) {
    super(error.message || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || '';
    this.field = error.field || null;
  }
}

export function setCsrf(token) {
  csrf = token || '';
}

// method, path (with its query), and a body (an object) or nothing; or,
// with `type` (an upload's media type, "text/csv"), the body as it is (a
// File, which fetch streams). Answers the JSON, null for 204; throws
// ApiError.
export async function api(method, path, body, type) {
  const headers = {Accept: 'application/json'};
  const opts = {method, headers, credentials: 'same-origin'};
  if (body !== undefined) {
    headers['Content-Type'] = type || 'application/json';
    opts.body = type ? body : JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD') headers['X-CSRF-Token'] = csrf;
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    throw new ApiError(0, {code: 'network', message: ''});
  }
  let data = null;
  if (res.status !== 204) {
    try {
      data = await res.json();
    } catch (e) {
      data = null;
    }
  }
  if (!res.ok) throw new ApiError(res.status, (data && data.error) || {});
  return data;
}

// A path segment or query value, escaped.
export const enc = encodeURIComponent;
