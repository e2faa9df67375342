// Print my plan: a preview of the plan as it prints, and a button that opens the print window (where
// "Save as PDF" is one of the printers), or sharing it as text to an app the person picks. The print
// stylesheet prints only the plan, without the app.
import { useRef } from 'preact/hooks';
import { ShareOrSave } from '../../components/share-or-save.tsx';
import { Link } from '../../components/link.tsx';
import { paths } from '../../router.ts';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { hasPlan, plan, planLoaded } from '../../state/plan-state.ts';
import { discreet, shownCountry } from '../../state/settings-state.ts';
import { localDate } from '../../state/download.ts';
import { msh } from '../../i18n/share-messages.ts';
import { mli } from '../../i18n/links-messages.ts';
import { PlanDocument } from './plan-document.tsx';
import { locale } from '../../i18n/language.ts';

export function PlanPrint() {
  const printed = useRef<HTMLElement>(null);
  if (!planLoaded.value) {
    return (
      <Screen title={mp.print.title}>
        <PlanReading />
      </Screen>
    );
  }
  return (
    <Screen title={mp.print.title}>
      <p class="no-print">{mp.print.intro}</p>
      <p class="actions no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {mp.print.button}
        </button>
      </p>
      {hasPlan() && (
        <ShareOrSave
          id="share-plan"
          what={mp.print.shareWhat}
          title={mp.print.documentTitle}
          fileName={format((discreet.value ? msh.discreetFiles : msh.files).plan, { day: localDate(new Date()) })}
          type="text/plain"
          copy
          contents={() => {
            // The plan exactly as printed below (its words, people and crisis lines), as plain text.
            const text = printed.current?.innerText ?? '';
            return { content: text, text };
          }}
        />
      )}
      <p class="no-print">
        <Link href={paths.summary}>{mp.print.summaryLink}</Link>
      </p>
      <p class="no-print">
        <Link href={paths.links}>{mli.reach}</Link>
      </p>
      <article class="print-area" aria-labelledby="printed-plan-title" ref={printed}>
        <h2 id="printed-plan-title" class="print-title">
          {mp.print.documentTitle}
        </h2>
        {hasPlan() ? <PlanDocument plan={plan.value} headingLevel={3} country={shownCountry.value} /> : <p>{mp.print.empty}</p>}
        <p class="small">{format(mp.print.printedOn, { date: new Date().toLocaleDateString(locale, { dateStyle: 'long' }) })}</p>
      </article>
    </Screen>
  );
}
