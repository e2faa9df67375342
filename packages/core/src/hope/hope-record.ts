// The hope box: things the person chose that help them — photos, a song or voice note, messages from
// people, reasons to keep going. One sealed record per item (media as base64 inside it), so each record
// stays within a few size buckets and removing one item rewrites nothing else.
import * as v from 'valibot';
import { defineRecord } from '../records/define-record.ts';
import { HOPE_LIMITS } from './hope-limits.ts';

export const hopeItemKinds = ['photo', 'audio', 'message', 'reason'] as const;
export type HopeItemKind = (typeof hopeItemKinds)[number];

const mediaSchema = v.object({
  /** A media type the browser can show or play: image/jpeg, audio/mpeg… */
  type: v.pipe(v.string(), v.regex(/^(?:image|audio)\/[a-z0-9.+-]{1,60}$/)),
  /** The file's bytes as base64; its length is limited by the kind (hope-limits.ts). */
  data: v.pipe(v.string(), v.maxLength(Math.ceil(HOPE_LIMITS.audioBytes / 3) * 4)),
});

const hopeItemSchema = v.object({
  kind: v.picklist(hopeItemKinds),
  /** Where it sits in the box: items are shown by this number, lowest first. */
  order: v.number(),
  createdAt: v.pipe(v.number(), v.integer()),
  /** The message, the reason, or a few words about a photo or a recording. */
  text: v.pipe(v.string(), v.trim(), v.maxLength(HOPE_LIMITS.text)),
  /** Who a message is from (empty when not said). */
  from: v.pipe(v.string(), v.trim(), v.maxLength(HOPE_LIMITS.from)),
  media: v.nullable(mediaSchema),
});

export type HopeItem = v.InferOutput<typeof hopeItemSchema>;
export type HopeMedia = NonNullable<HopeItem['media']>;

export const hopeItemRecord = defineRecord<HopeItem>({ type: 'hope-item', version: 1, schema: hopeItemSchema, migrations: {} });
