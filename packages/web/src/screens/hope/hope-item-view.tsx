// One thing in the hope box as it is looked at: a photo, a song or voice note, a message with who it is from,
// or a reason. In discreet mode a photo stays hidden until the person opens it, for screens others may see.
import { useState } from 'preact/hooks';
import type { HopeItem } from '@ebb/core';
import { format } from '../../i18n/messages.ts';
import { mh } from '../../i18n/hope-messages.ts';
import { mediaUrl } from '../../state/hope-media.ts';
import { discreet } from '../../state/settings-state.ts';

/** How an item is named on its controls ("Remove …"): its own words, shortened, or what kind it is. */
export function itemName(item: HopeItem): string {
  const words = item.text.replace(/\s+/g, ' ').trim();
  return words ? `“${words.length > 40 ? `${words.slice(0, 39)}…` : words}”` : mh.kinds[item.kind].toLowerCase();
}

export function HopeItemView({ id, item }: { id: string; item: HopeItem }) {
  const [shown, setShown] = useState(false);
  const caption = item.text && <p class="hope-caption">{item.text}</p>;
  if (item.kind === 'message') {
    return (
      <figure class="hope-message">
        <blockquote>{item.text}</blockquote>
        {item.from && <figcaption>{format(mh.from, { from: item.from })}</figcaption>}
      </figure>
    );
  }
  if (item.kind === 'reason') return <p class="hope-reason">{item.text}</p>;
  if (!item.media) return caption || null;
  if (item.kind === 'audio') {
    return (
      <>
        {/* The person's own song or voice note has no captions file; their words about it are shown beside it. */}
        {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
        <audio controls preload="metadata" src={mediaUrl(id, item.media)} aria-label={item.text || mh.kinds.audio} />
        {caption}
      </>
    );
  }
  const hidden = discreet.value && !shown;
  // The person's words are the photo's caption (so the figure is named by them); the picture itself is
  // described plainly, since only they know what it shows.
  return (
    <figure class="hope-figure">
      {discreet.value && (
        <button type="button" class="button button-quiet" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? mh.hidePhoto : mh.showPhoto}
        </button>
      )}
      {!hidden && <img class="hope-photo" src={mediaUrl(id, item.media)} alt={mh.photoAlt} />}
      {item.text && <figcaption class="hope-caption">{item.text}</figcaption>}
    </figure>
  );
}
