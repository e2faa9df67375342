// The guide for the people who help, as it goes with the "How to support me" card: on paper and in the shared
// file. Paper has no Help now, so where a page points to it the country's numbers are written out; the other
// links into Ebb's tools are for the person using Ebb, not for the supporter reading, so they are left out.
import type { Ref } from 'preact';
import { crisisHelp, internationalDirectory } from '../../i18n/crisis-help-content.ts';
import { supporterGuide } from '../../i18n/supporter-guide-content.ts';
import { LearnBlockView, type LearnToolBlock } from '../../components/learn-block.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { countryName } from '../../help-now/country-choice.tsx';
import { CrisisNumberItems } from './plan-document.tsx';
import { useEmergencyNumbers } from './use-emergency-numbers.ts';
import { dayInWords } from '../../i18n/day-in-words.ts';

function NumbersHere({ country }: { country: string }) {
  const help = crisisHelp.find((c) => c.code === country);
  const emergency = useEmergencyNumbers(country);
  return (
    <>
      {emergency.length > 0 && <p>{format(mp.support.guideNumbersHere, { country: countryName(country) })}</p>}
      <ul>
        {help ? (
          <CrisisNumberItems help={help} />
        ) : (
          <>
            {emergency.length > 0 && <li>{format(mp.print.emergency, { numbers: emergency.map((n) => n.display).join(' / ') })}</li>}
            <li>{format(mp.support.guideNumbersElsewhere, { name: internationalDirectory.name, url: internationalDirectory.url })}</li>
          </>
        )}
      </ul>
    </>
  );
}

/**
 * `country`: whose numbers to write out, the person's own unless given (a shared card carries the country it
 * was made for).
 */
export function SupporterGuide({ guideRef, country }: { guideRef?: Ref<HTMLElement>; country?: string }) {
  const countryHere = country ?? shownCountry.value;
  // On paper, only Help now's place is kept, as the country's numbers written out.
  const toolOnPaper = ({ to }: LearnToolBlock) => (to.screen === 'help' ? <NumbersHere country={countryHere} /> : null);
  const written =
    supporterGuide
      .map((page) => page.written)
      .sort()
      .at(-1) ?? '';
  return (
    <article class="print-area supporter-guide" aria-labelledby="supporter-guide-title" ref={guideRef ?? null}>
      <h2 id="supporter-guide-title" class="print-title">
        {mp.support.guideTitle}
      </h2>
      <p>{mp.support.guideIntro}</p>
      {supporterGuide.map((page) => (
        <section key={page.id} aria-labelledby={`guide-${page.id}`}>
          <h3 id={`guide-${page.id}`}>{page.title}</h3>
          {page.blocks.map((block, i) => (
            <LearnBlockView key={i} block={block} heading="h4" tool={toolOnPaper} />
          ))}
        </section>
      ))}
      <p class="small">{format(mp.support.guideWritten, { date: written && dayInWords(written) })}</p>
    </article>
  );
}
