// The journal: entries newest first, searched and filtered on the device.
import { useState } from 'preact/hooks';
import type { Feeling } from '@ebb/content';
import { FeelingFilter } from '../../components/feelings.tsx';
import { searchJournal } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { journalPath, paths } from '../../router.ts';
import { loadJournal, type JournalItem } from '../../state/journal-state.ts';
import { locale } from '../../i18n/language.ts';

const J = md.journal;
export const entryDate = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

export function JournalList() {
  const entries = useRecord(loadJournal);
  return (
    <Screen title={J.title}>
      <p>{J.intro}</p>
      <p>
        <Link class="button button-primary" href={paths.journalNew}>
          {J.new}
        </Link>
      </p>
      <Loaded record={entries}>{(read) => <Entries entries={read} />}</Loaded>
    </Screen>
  );
}

function Entries({ entries }: { entries: JournalItem[] }) {
  const [query, setQuery] = useState('');
  const [feeling, setFeeling] = useState<Feeling | ''>('');
  const found = searchJournal(entries, query, feeling || undefined);

  return (
    <>
      {entries.length > 0 && (
        <div class="skill-filters panel" role="search">
          <div class="field">
            <label for="journal-search">{J.search}</label>
            <input id="journal-search" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </div>
          <FeelingFilter id="journal-feeling" label={J.filterFeeling} anyLabel={J.anyFeeling} value={feeling} onChange={setFeeling} />
        </div>
      )}
      {entries.length === 0 && <p>{J.none}</p>}
      {entries.length > 0 && found.length === 0 && <p role="status">{J.noMatch}</p>}
      <ul class="lines">
        {found.map(({ id, value }) => (
          <li key={id} class="line">
            <h2 class="line-name">
              <Link href={journalPath(id)}>
                <span aria-hidden="true">{entryDate(value.createdAt)}</span>
                <span class="visually-hidden">{format(J.open, { date: entryDate(value.createdAt) })}</span>
              </Link>
            </h2>
            <p class="line-about">{value.text.length > 160 ? `${value.text.slice(0, 160)}…` : value.text}</p>
            {(value.feelings.length > 0 || value.triggers.length > 0) && (
              <ul class="tags">
                {value.feelings.map((f) => (
                  <li key={f}>{ms.feelings.names[f]}</li>
                ))}
                {value.triggers.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
