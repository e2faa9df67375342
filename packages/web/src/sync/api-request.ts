// One way to call Ebb's own server API (docs/sync-api.md): JSON in and out, same origin, never cached,
// and every failure as an ApiError whose reason a screen can put into plain words next to its control.
export type ApiFailure = 'offline' | 'unauthorized' | 'not-found' | 'gone' | 'conflict' | 'refused' | 'server';

export class ApiError extends Error {
  constructor(
    readonly reason: ApiFailure,
    readonly status: number,
    /** The server's short reason (never personal content), e.g. "expired". */
    readonly detail: string,
  ) {
    super(`${reason} (${status}${detail ? `: ${detail}` : ''})`);
    this.name = 'ApiError';
  }
}

const failureOf = (status: number): ApiFailure =>
  status === 401 ? 'unauthorized' : status === 404 ? 'not-found' : status === 410 ? 'gone' : status === 409 ? 'conflict' : status >= 500 ? 'server' : 'refused';

export async function apiRequest<T = unknown>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  { body, authorization, signal }: { body?: unknown; authorization?: string; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      credentials: 'omit',
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(authorization ? { authorization } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw new ApiError('offline', 0, '');
  }
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const detail = typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'string' ? json.error : '';
    throw new ApiError(failureOf(response.status), response.status, detail);
  }
  // Sound for Ebb's own API: each route's answer has the shape docs/sync-api.md gives it, checked by its caller.
  return json as T;
}
