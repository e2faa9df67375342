// The JSON schemas of the API's bodies, queries and parameters (docs/sync-api.md): every object closed
// (`additionalProperties: false`), every id, version and byte string by pattern, every array and number bounded.
// Fastify's ajv checks them before a handler runs; a mismatch is a 400.

/** 32 bytes as base64url without padding: account ids, auth keys and record ids. */
export const BYTES_32 = '[A-Za-z0-9_-]{43}';
/** A hybrid logical clock stamp (packages/core/src/sync/hlc.ts): wall, counter, device. */
const HLC_VERSION = '^[0-9a-f]{12}-[0-9a-f]{6}-[A-Za-z0-9_-]{1,64}$';
/** base64url without padding (a length of 1 modulo 4, which no bytes encode to, is refused by decodeBytes:
 *  a single character class keeps the pattern linear on megabytes). */
const BASE64URL = '^[A-Za-z0-9_-]*$';
const SHARE_ID = '^[A-Za-z0-9_-]{22}$';
/** A change number this server gave (storage's cursor). */
const CURSOR = '^(?:0|[1-9][0-9]{0,15})$';
/** 1–500, as text: query strings are not coerced to numbers, so "1e3" or "0x10" are refused rather than read. */
const PAGE_LIMIT = '^(?:[1-9][0-9]?|[1-4][0-9]{2}|500)$';

export const MAX_RECORDS_PER_PUSH = 200;
export const MIN_SHARE_SECONDS = 3600;
export const MAX_SHARE_SECONDS = 30 * 24 * 3600;

const id43 = { type: 'string', pattern: `^${BYTES_32}$` } as const;
const bytes = { type: 'string', pattern: BASE64URL } as const;

export const accountBody = {
  type: 'object',
  additionalProperties: false,
  required: ['accountId', 'authKey'],
  properties: { accountId: id43, authKey: id43 },
} as const;

export const pushBody = {
  type: 'object',
  additionalProperties: false,
  required: ['records'],
  properties: {
    records: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_RECORDS_PER_PUSH,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'version', 'ciphertext'],
        properties: { id: id43, version: { type: 'string', pattern: HLC_VERSION }, ciphertext: bytes },
      },
    },
  },
} as const;

export const pullQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { after: { type: 'string', pattern: CURSOR }, limit: { type: 'string', pattern: PAGE_LIMIT } },
} as const;

export const shareBody = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'ciphertext', 'expiresInSeconds'],
  properties: {
    id: { type: 'string', pattern: SHARE_ID },
    ciphertext: { ...bytes, minLength: 1 },
    expiresInSeconds: { type: 'integer', minimum: MIN_SHARE_SECONDS, maximum: MAX_SHARE_SECONDS },
  },
} as const;

export const shareParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', pattern: SHARE_ID } },
} as const;

/** Routes without a body or query accept none. */
export const emptyQuery = { type: 'object', additionalProperties: false, properties: {} } as const;
