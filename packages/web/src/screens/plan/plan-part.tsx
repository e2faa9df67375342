// One part of the plan per screen: its title, why it helps, the prompt, the editor, and the way on. The
// guided first build is these screens in order, ending with "Will I use it?"; each saves as the person
// goes, so they can skip, stop and come back.
import { crisisHelp } from '../../i18n/crisis-help-content.ts';
import { planSections } from '../../i18n/plan-content.ts';
import { sectionIsFilled } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format, m } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { paths, planSectionPath } from '../../router.ts';
import { plan, planLoaded } from '../../state/plan-state.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { NotFound } from '../not-found.tsx';
import { ChangeReason } from './change-reason.tsx';
import { PlanReading } from './plan-reading.tsx';
import { SectionEditor } from './section-editor.tsx';

/** The guided build's screens: every section, then the likelihood question. */
export const PLAN_PARTS = planSections.length + 1;

function CrisisLinesIncluded() {
  const help = crisisHelp.find((c) => c.code === shownCountry.value);
  if (!help) return null;
  return (
    <p class="notice-inline">
      {mp.section.crisisIncluded}
      {m.app.colon}
      {help.lines.map((line) => line.name).join(', ')}.
    </p>
  );
}

export function PlanPart({ sectionId }: { sectionId: string }) {
  const index = planSections.findIndex((s) => s.id === sectionId);
  const section = planSections[index];
  if (!section) return <NotFound />;
  const previous = planSections[index - 1];
  const next = planSections[index + 1];
  const filled = sectionIsFilled(plan.value, section.id);

  return (
    <Screen title={section.title}>
      <p class="small">{format(mp.section.stepOf, { n: index + 1, total: PLAN_PARTS })}</p>
      <p class="why">
        <strong>
          {mp.section.whyItHelps}
          {m.app.colon}
        </strong>
        {section.whyItHelps}
      </p>
      <p class="lead">{section.prompt}</p>
      {section.id === 'professionals' && <CrisisLinesIncluded />}
      {/* Keyed by section, so moving to the next part starts with a fresh form. Shown once the stored plan is
          read, so an edit is never made to an empty stand-in. */}
      {planLoaded.value ? <SectionEditor key={section.id} section={section} /> : <PlanReading />}
      <ChangeReason />
      <nav class="actions part-nav" aria-label={mp.section.navLabel}>
        {previous && (
          <Link class="button button-quiet" href={planSectionPath(previous.id)}>
            {mp.section.back}
          </Link>
        )}
        <Link class="button button-primary" href={next ? planSectionPath(next.id) : paths.planLikelihood}>
          {filled ? mp.section.next : mp.section.skip}
        </Link>
      </nav>
      <p>
        <Link href={paths.plan}>{mp.section.toPlan}</Link>
      </p>
    </Screen>
  );
}
