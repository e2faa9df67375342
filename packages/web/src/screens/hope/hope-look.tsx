// The hope box to look at, without its controls: offered in Ride it out, where a hard moment is no time for
// editing. Its photos' addresses are revoked when it closes.
import { useEffect } from 'preact/hooks';
import { releaseMedia } from '../../state/hope-media.ts';
import type { HopeEntry } from '../../state/hope-state.ts';
import { HopeItemView } from './hope-item-view.tsx';

export function HopeLook({ entries }: { entries: readonly HopeEntry[] }) {
  useEffect(() => releaseMedia, []);
  return (
    <ul class="hope-items">
      {entries.map(({ id, value }) => (
        <li key={id} class="hope-item">
          <HopeItemView id={id} item={value} />
        </li>
      ))}
    </ul>
  );
}
