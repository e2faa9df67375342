// About: what Ebb is and is not, how it keeps words private, and where each crisis number and line's languages come from.
import { crisisLineLanguages, crisisLineLanguageSources, crisisLineSources } from '@ebb/content';
import { answersInNote } from '../help-now/language-names.ts';
import { crisisHelp, internationalDirectory } from '../i18n/crisis-help-content.ts';
import { Screen } from '../components/screen.tsx';
import { mo } from '../i18n/screen-messages.ts';
import { dayInWords } from '../i18n/day-in-words.ts';
import { m } from '../i18n/messages.ts';

export function About() {
  return (
    <Screen title={mo.about.title}>
      <p class="lead">{mo.about.what}</p>
      <p>{mo.about.notTreatment}</p>
      <h2>{mo.about.privacyTitle}</h2>
      <ul>
        {mo.about.privacy.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{mo.about.sourcesTitle}</h2>
      <p>{mo.about.sourcesIntro}</p>
      <ul class="sources">
        {crisisHelp.flatMap((c) =>
          c.lines.map((line) => {
            // Every line has a source (content tests); one without would be left off rather than break About.
            const source = crisisLineSources[line.id];
            return (
              source && (
                <li key={line.id}>
                  {c.name}
                  {m.app.colon}
                  {line.name} —{' '}
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {new URL(source.url).hostname}
                  </a>{' '}
                  ({dayInWords(source.verifiedOn)})
                </li>
              )
            );
          }),
        )}
        <li>
          {internationalDirectory.name} —{' '}
          <a href={internationalDirectory.url} target="_blank" rel="noopener noreferrer">
            {new URL(internationalDirectory.url).hostname}
          </a>{' '}
          ({dayInWords(internationalDirectory.source.verifiedOn)})
        </li>
      </ul>
      <p>{mo.about.languagesIntro}</p>
      <ul class="sources">
        {crisisHelp.flatMap((c) =>
          c.lines.map((line) => {
            // Only lines whose languages a page states have a language source; the others record the main language alone.
            const source = crisisLineLanguageSources[line.id];
            const languages = crisisLineLanguages[line.id]?.languages;
            return (
              source &&
              languages && (
                <li key={line.id}>
                  {c.name}
                  {m.app.colon}
                  {line.name}. {answersInNote(languages)} —{' '}
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {new URL(source.url).hostname}
                  </a>{' '}
                  ({dayInWords(source.verifiedOn)})
                </li>
              )
            );
          }),
        )}
      </ul>
    </Screen>
  );
}
