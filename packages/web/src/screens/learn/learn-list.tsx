// Learn: every page grouped by topic, and a search that runs on the device only. Search results say how many
// pages match; when none do, it says so kindly and the whole list stays below to browse.
import type { LearnPage, LearnTopic } from '@ebb/content';
import { learnLibrary } from './learn-library.ts';
import { useRef, useState } from 'preact/hooks';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format, plural } from '../../i18n/messages.ts';
import { ml } from '../../i18n/learn-messages.ts';
import { queryWords, searchPages } from './learn-search.ts';
import { learnPath } from './learn-tool-path.ts';
import { openHelpNow } from '../../state/help-now-state.ts';

/** Every topic's heading, in the catalogue's order; a topic without one fails to compile rather than vanish. */
const topicNames: Readonly<Record<LearnTopic, string>> = ml.topics;
const topics = Object.keys(topicNames) as LearnTopic[];

function PageCards({ pages }: { pages: readonly LearnPage[] }) {
  return (
    <ul class="cards">
      {pages.map((page) => (
        <li key={page.id}>
          <Link class="card" href={learnPath(page.id)}>
            <span class="card-title">{page.title}</span>
            <span class="card-body">{page.summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ByTopic() {
  return (
    <>
      {topics.map((topic) => {
        const pages = learnLibrary.filter((page) => page.topic === topic);
        return (
          pages.length > 0 && (
            <section key={topic} aria-labelledby={`learn-${topic}`}>
              <h2 id={`learn-${topic}`}>{topicNames[topic]}</h2>
              <PageCards pages={pages} />
            </section>
          )
        );
      })}
    </>
  );
}

export function LearnList() {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const searching = queryWords(query).length > 0;
  const found = searchPages(learnLibrary, query);
  const shown = query.trim();
  return (
    <Screen title={ml.title}>
      <p>{ml.intro}</p>
      <p>{ml.hope}</p>
      <div class="panel" role="search">
        <div class="field">
          <label for="learn-search">{ml.search}</label>
          <input
            id="learn-search"
            ref={input}
            type="search"
            autocomplete="off"
            aria-describedby="learn-search-hint"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <p id="learn-search-hint" class="hint">
            {ml.searchHint}
          </p>
        </div>
      </div>
      <p role="status">{searching && (found.length === 0 ? format(ml.none, { query: shown }) : plural(found.length, ml.found, { query: shown }))}</p>
      {/* Search words may be about a hard moment, whether or not a page matches: Help now is offered with every search. */}
      {searching && (
        <>
          <p>{ml.noneHelp}</p>
          <p class="actions">
            <button type="button" class="button button-help" onClick={() => openHelpNow()}>
              {ml.openHelp}
            </button>
            {found.length === 0 && (
              <button
                type="button"
                class="button"
                onClick={() => {
                  // The button goes with the search words: the search box takes the focus, ready for other words.
                  setQuery('');
                  input.current?.focus();
                }}
              >
                {ml.showAll}
              </button>
            )}
          </p>
        </>
      )}
      {searching && found.length > 0 ? <PageCards pages={found} /> : <ByTopic />}
    </Screen>
  );
}
