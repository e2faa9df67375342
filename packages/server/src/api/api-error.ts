// The API's errors: a status and a short fixed reason as JSON (docs/sync-api.md), never an echo of the input.
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'ApiError';
  }
}

/** Bytes from base64url the schema has already checked by character; a length no bytes encode to is a 400. */
export function decodeBytes(text: string): Buffer {
  if (text.length % 4 === 1) throw new ApiError(400, 'invalid body');
  return Buffer.from(text, 'base64url');
}
