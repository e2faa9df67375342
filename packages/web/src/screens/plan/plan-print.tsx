// Print my plan: a preview of the plan as it prints, and a button that opens the print window (where
// "Save as PDF" is one of the printers). The print stylesheet prints only the plan, without the app.
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { hasPlan, plan, planLoaded } from '../../state/plan-state.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { PlanDocument } from './plan-document.tsx';

export function PlanPrint() {
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
      <article class="print-area" aria-labelledby="printed-plan-title">
        <h2 id="printed-plan-title" class="print-title">
          {mp.print.documentTitle}
        </h2>
        {hasPlan() ? <PlanDocument plan={plan.value} headingLevel={3} country={shownCountry.value} /> : <p>{mp.print.empty}</p>}
        <p class="small">{format(mp.print.printedOn, { date: new Date().toLocaleDateString(undefined, { dateStyle: 'long' }) })}</p>
      </article>
    </Screen>
  );
}
