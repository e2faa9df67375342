// Bytes from the base64url text of a request body (sealed records and shares travel so, without padding).
import { ApiError } from './api-error.ts';

/** The bytes of `text`, whose characters the schema has checked; a length no bytes encode to is a 400. */
export function decodeBytes(text: string): Buffer {
  if (text.length % 4 === 1) throw new ApiError(400, 'invalid body');
  return Buffer.from(text, 'base64url');
}
