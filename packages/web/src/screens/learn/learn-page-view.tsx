// One Learn page: its words, its links into Ebb's tools, read aloud on request, then where it comes from
// and the date it was written.
import { references, type LearnPage, type LearnTool } from '@ebb/content';
import { LearnBlockView, type LearnToolBlock } from '../../components/learn-block.tsx';
import { learnLibrary } from './learn-library.ts';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { ml } from '../../i18n/learn-messages.ts';
import { paths } from '../../router.ts';
import { openHelpNow } from '../../state/help-now-state.ts';
import { ReadAloud } from './read-aloud.tsx';
import { toolTarget } from './learn-tool-path.ts';
import { dayInWords } from '../../i18n/day-in-words.ts';

/** "Written 30 November 2026", in this build's language; the day as written, whatever the time zone. */
const writtenOn = (day: string) => format(ml.written, { date: dayInWords(day) });

/** What the voice reads: the title, then each part in order; links into the tools are for tapping, not reading. */
const spokenParts = (page: LearnPage): string[] => [
  page.title,
  ...page.blocks.flatMap((block) => (block.kind === 'list' ? block.items : block.kind === 'tool' ? [] : [block.text])),
];

function ToolLink({ to, text }: { to: LearnTool; text: string }) {
  const target = toolTarget(to);
  if (target.kind === 'help')
    return (
      <a
        class="button button-help"
        href="#help-now"
        onClick={(e) => {
          e.preventDefault();
          openHelpNow();
        }}
      >
        {text}
      </a>
    );
  return (
    <Link class="button" href={target.path}>
      {text}
    </Link>
  );
}

/** A link into the tools, on its own line. */
const toolLine = ({ to, text }: LearnToolBlock) => (
  <p class="actions">
    <ToolLink to={to} text={text} />
  </p>
);

function Sources({ page }: { page: LearnPage }) {
  const cited = page.sources.flatMap((id) => references.filter((reference) => reference.id === id));
  return (
    <section class="learn-sources" aria-labelledby="learn-sources">
      <h2 id="learn-sources">{ml.sources}</h2>
      <ul>
        {cited.map((reference) => (
          <li key={reference.id}>
            {'url' in reference && reference.url ? (
              <a href={reference.url} rel="noreferrer" target="_blank">
                {reference.citation}
              </a>
            ) : (
              reference.citation
            )}
          </li>
        ))}
      </ul>
      <p class="small">{writtenOn(page.written)}</p>
    </section>
  );
}

export function LearnPageView({ pageId }: { pageId: string }) {
  const page = learnLibrary.find((p) => p.id === pageId);
  if (!page)
    return (
      <Screen title={ml.notFoundTitle}>
        <p>{ml.notFound}</p>
        <p>
          <Link href={paths.learn}>{ml.otherPages}</Link>
        </p>
      </Screen>
    );
  return (
    <Screen title={page.title}>
      <p class="lead">{page.summary}</p>
      <ReadAloud parts={spokenParts(page)} />
      {page.blocks.map((block, index) => (
        <LearnBlockView key={index} block={block} heading="h2" tool={toolLine} />
      ))}
      <Sources page={page} />
      <p>
        <Link href={paths.learn}>{ml.otherPages}</Link>
      </p>
    </Screen>
  );
}
