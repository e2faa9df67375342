// "Things that help me" (/hope): the hope box. Photos, a song or voice note, messages from people and
// reasons to keep going, chosen by the person, kept encrypted; looked at, moved, removed (after asking) and
// added to here. Ride it out offers it to look at; the plan's crisis view links here.
import { useEffect, useState } from 'preact/hooks';
import { HOPE_LIMITS, mediaBytes } from '@ebb/core';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { mh } from '../../i18n/hope-messages.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { releaseMedia } from '../../state/hope-media.ts';
import { loadHope, moveHopeItem, removeHopeItem, type HopeEntry } from '../../state/hope-state.ts';
import { discreet } from '../../state/settings-state.ts';
import { describeSize } from './describe-size.ts';
import { HopeAdd } from './hope-add.tsx';
import { HopeItemView, itemName } from './hope-item-view.tsx';

// What Ride it out uses to offer the box to look at: from here, so the box's code stays one file.
export { HopeLook } from './hope-look.tsx';
export { loadHope } from '../../state/hope-state.ts';

export function HopeBox() {
  const box = useRecord(loadHope);
  useEffect(() => releaseMedia, []);
  return (
    <Screen title={mh.title}>
      <p class="lead">{mh.intro}</p>
      <Loaded record={box}>{(entries) => <HopeItems read={entries} />}</Loaded>
    </Screen>
  );
}

/** Where a failure to read the box again after adding to it is said: beside the adding. */
const ADDED = 'added';

/** The box as first read, then as read again after each change (in place, so notes beside controls stay). */
function HopeItems({ read }: { read: readonly HopeEntry[] }) {
  const [entries, setEntries] = useState(read);
  const [asking, setAsking] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; said: string } | null>(null);

  const change = async (id: string, act: () => Promise<void>) => {
    setProblem(null);
    try {
      await act();
      setAsking(null);
      setEntries(await loadHope());
    } catch (error) {
      setProblem({ id, said: format(mh.changeFailed, { reason: describeStorageError(error) }) });
    }
  };

  return (
    <>
      {entries.length === 0 ? (
        <p>{mh.empty}</p>
      ) : (
        <>
          {discreet.value && entries.some((e) => e.value.kind === 'photo') && <p class="small">{mh.hiddenNote}</p>}
          <ul class="hope-items">
            {entries.map(({ id, value }, index) => {
              const name = itemName(value);
              return (
                <li key={id} class="hope-item">
                  <p class="small">{mh.kinds[value.kind]}</p>
                  <HopeItemView id={id} item={value} />
                  {asking === id ? (
                    <div class="panel" role="group" aria-label={format(mh.removeLabel, { name })}>
                      <p>{mh.removeQuestion}</p>
                      <p class="actions">
                        <button type="button" class="button" onClick={() => void change(id, () => removeHopeItem(id))}>
                          {mh.removeYes}
                        </button>
                        <button type="button" class="button button-quiet" onClick={() => setAsking(null)}>
                          {mh.removeNo}
                        </button>
                      </p>
                    </div>
                  ) : (
                    <p class="actions">
                      {index > 0 && (
                        <button
                          type="button"
                          class="button button-quiet"
                          aria-label={format(mh.moveUpLabel, { name })}
                          onClick={() => void change(id, () => moveHopeItem(entries, id, -1))}
                        >
                          {mh.moveUp}
                        </button>
                      )}
                      {index < entries.length - 1 && (
                        <button
                          type="button"
                          class="button button-quiet"
                          aria-label={format(mh.moveDownLabel, { name })}
                          onClick={() => void change(id, () => moveHopeItem(entries, id, 1))}
                        >
                          {mh.moveDown}
                        </button>
                      )}
                      <button type="button" class="button button-quiet" aria-label={format(mh.removeLabel, { name })} onClick={() => setAsking(id)}>
                        {mh.remove}
                      </button>
                    </p>
                  )}
                  {problem?.id === id && (
                    <p role="alert" class="problem">
                      {problem.said}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <p class="small">{format(mh.usage, { used: describeSize(mediaBytes(entries.map((e) => e.value))), limit: describeSize(HOPE_LIMITS.totalBytes) })}</p>
        </>
      )}
      {problem?.id === ADDED && (
        <p role="alert" class="problem">
          {problem.said}
        </p>
      )}
      <HopeAdd entries={entries} onAdded={() => void change(ADDED, async () => undefined)} />
    </>
  );
}
