// One country's crisis help: the emergency number and every verified line with its call/text/chat actions, the lines
// in this build's language first (crisis-help-content.ts), each saying which languages it answers in (languagesToSay).
// Rendered in the Help now panel, the plan's step for professionals and, for every country, the no-JavaScript page.
import { Fragment } from 'preact';
import type { CountryHelp, EmergencyNumber, Reach } from '@ebb/content';
import { languagesToSay } from '@ebb/core';
import { format, m } from '../i18n/messages.ts';
import { language } from '../i18n/language.ts';
import { answersInNote, pressNote } from './language-names.ts';
import { reachHref, telHref } from './reach-links.ts';

export function reachLabel(reach: Reach): string {
  switch (reach.kind) {
    case 'call':
      return format(m.helpNow.call, { number: reach.display });
    case 'text':
      return reach.keyword
        ? format(m.helpNow.textKeyword, { keyword: reach.keyword, number: reach.display })
        : format(m.helpNow.text, { number: reach.display });
    case 'chat':
      return m.helpNow.chat;
  }
}

/** In the panel these sections are landmarks; in the all-countries list only each country is (names would repeat). */
const landmark = (level: 2 | 3, id: string) => (level === 2 ? id : undefined);

interface CountryHelpProps {
  help: CountryHelp;
  /** Heading level inside the surrounding document: 2 in the panel, 3 in the all-countries list. */
  level: 2 | 3;
}

interface EmergencyCallProps {
  /** The country's code, for the heading's id. */
  code: string;
  numbers: readonly EmergencyNumber[];
  level: 2 | 3;
}

export function EmergencyCall({ code, numbers, level }: EmergencyCallProps) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section class="emergency" aria-labelledby={landmark(level, `emergency-${code}`)}>
      <H id={`emergency-${code}`}>{m.helpNow.emergencyTitle}</H>
      <p>{m.helpNow.emergencyNote}</p>
      <p class="actions">
        <CallButtons numbers={numbers} />
      </p>
    </section>
  );
}

/** One call button per emergency number, in the order given (the number for medical help first). */
export function CallButtons({ numbers }: { numbers: readonly EmergencyNumber[] }) {
  return (
    <>
      {numbers.map((e) => (
        <a key={e.number} class="button button-emergency" href={telHref(e.number)}>
          {format(m.helpNow.emergencyCall, { number: e.display })}
        </a>
      ))}
    </>
  );
}

/** A verified country's emergency numbers as a row of call buttons. */
export function EmergencyButtons({ help }: { help: CountryHelp }) {
  return (
    <p class="actions">
      <CallButtons numbers={help.emergency} />
    </p>
  );
}

/** Beside a line's name: the languages it answers in, unless that is this build's language alone. */
export function LineLanguageNote({ lineId }: { lineId: string }) {
  const spoken = languagesToSay(lineId, language);
  return spoken ? <p class="line-language">{answersInNote(spoken)}</p> : null;
}

export function CrisisLines({ help, level }: CountryHelpProps) {
  const H = level === 2 ? 'h2' : 'h3';
  const L = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby={landmark(level, `lines-${help.code}`)}>
      <H id={`lines-${help.code}`}>{m.helpNow.linesTitle}</H>
      <p>{m.helpNow.suicideThoughts}</p>
      <ul class="lines">
        {help.lines.map((line) => (
          <li key={line.id} class="line">
            <L class="line-name">{line.name}</L>
            <LineLanguageNote lineId={line.id} />
            <p class="line-about">{line.about}</p>
            <p class="line-meta">{format(m.helpNow.hoursAudience, { hours: line.hours, audience: line.audience })}</p>
            <p class="actions">
              {line.reach.map((reach) => {
                // A menu key to press (988: 2 for Spanish) is said right beside its call button, which it describes.
                const press = pressNote(reach, language);
                const pressId = `press-${line.id}-${reach.kind === 'chat' ? 'chat' : reach.number}`;
                return (
                  <Fragment key={reachHref(reach)}>
                    <a
                      class="button"
                      href={reachHref(reach)}
                      aria-describedby={press ? pressId : undefined}
                      {...(reach.kind === 'chat' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
                    >
                      {reachLabel(reach)}
                    </a>
                    {press && (
                      <span id={pressId} class="press-note">
                        {press}
                      </span>
                    )}
                  </Fragment>
                );
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
