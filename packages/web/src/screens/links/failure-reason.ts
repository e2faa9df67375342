// Why a call to Ebb's server failed, in the two plain reasons the share link screens name. A fetch that gets
// no answer fails the same way whether this device is offline or the server is down, so the browser's own
// online flag tells them apart: "offline" only when the browser says it is.
import { ApiError } from '../../sync/api-request.ts';

export const failureReason = (error: unknown, online: boolean = navigator.onLine): 'offline' | 'server' =>
  error instanceof ApiError && error.reason === 'offline' && !online ? 'offline' : 'server';
