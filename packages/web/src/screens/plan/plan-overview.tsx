// My plan: a way into building it when there is none yet; otherwise the plan at a glance, each part to
// change, and the ways to use it (now, printed, as a card for supporters) and to look back at versions.
import { planSections } from '../../i18n/plan-content.ts';
import { sectionIsFilled, type Plan } from '@ebb/core';
import type { PlanSectionId } from '@ebb/content';
import { Link } from '../../components/link.tsx';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { paths, planSectionPath } from '../../router.ts';
import { hasPlan, plan, planLoaded } from '../../state/plan-state.ts';

function countOf(plan: Plan, id: PlanSectionId): string {
  const value = plan.sections[id];
  if (typeof value === 'string') return value;
  return value.length === 1 ? mp.overview.oneItem : format(mp.overview.itemCount, { count: value.length });
}

export function PlanOverview() {
  if (!planLoaded.value) {
    return (
      <Screen title={mp.overview.title}>
        <PlanReading />
      </Screen>
    );
  }
  const current = plan.value;
  const firstEmpty = planSections.find((s) => !sectionIsFilled(current, s.id));

  if (!hasPlan()) {
    return (
      <Screen title={mp.overview.title}>
        <p class="lead">{mp.overview.emptyIntro}</p>
        <p class="notice-inline">{mp.overview.together}</p>
        <p class="actions">
          <Link class="button button-primary" href={planSectionPath(planSections[0]?.id ?? '')}>
            {mp.overview.start}
          </Link>
        </p>
      </Screen>
    );
  }

  return (
    <Screen title={mp.overview.title}>
      <p class="lead">{mp.overview.intro}</p>
      <p class="actions">
        <Link class="button button-help" href={paths.planNow}>
          {mp.overview.useNow}
        </Link>
        {firstEmpty && (
          <Link class="button" href={planSectionPath(firstEmpty.id)}>
            {mp.overview.continueBuild}
          </Link>
        )}
      </p>
      <p class="notice-inline">{mp.overview.review}</p>

      <h2>{mp.overview.sectionsTitle}</h2>
      <ul class="lines">
        {planSections.map((section) => {
          const filled = sectionIsFilled(current, section.id);
          return (
            <li key={section.id} class="line">
              <h3 class="line-name">{section.title}</h3>
              <p class="line-meta">{filled ? countOf(current, section.id) : mp.overview.notYet}</p>
              <p class="actions">
                <Link class="button button-quiet" href={planSectionPath(section.id)}>
                  <span aria-hidden="true">{filled ? mp.section.change : mp.section.add}</span>
                  <span class="visually-hidden">{format(filled ? mp.overview.change : mp.overview.add, { section: section.title })}</span>
                </Link>
              </p>
            </li>
          );
        })}
        <li class="line">
          <h3 class="line-name">{mp.overview.likelihoodTitle}</h3>
          <p class="line-meta">
            {current.likelihood === null ? mp.overview.likelihoodNotYet : format(mp.overview.likelihoodValue, { value: current.likelihood })}
          </p>
          <p class="actions">
            <Link class="button button-quiet" href={paths.planLikelihood}>
              <span aria-hidden="true">{mp.section.change}</span>
              <span class="visually-hidden">{format(mp.overview.change, { section: mp.overview.likelihoodTitle })}</span>
            </Link>
          </p>
        </li>
      </ul>

      <h2>{mp.overview.more}</h2>
      <ul class="cards">
        <li>
          <Link class="card" href={paths.planPrint}>
            <span class="card-title">{mp.overview.print}</span>
          </Link>
        </li>
        <li>
          <Link class="card" href={paths.planSupport}>
            <span class="card-title">{mp.overview.support}</span>
          </Link>
        </li>
        <li>
          <Link class="card" href={paths.planVersions}>
            <span class="card-title">{mp.overview.versions}</span>
          </Link>
        </li>
      </ul>
    </Screen>
  );
}
