// "Will I use it?": how likely the person is to use their plan (0–10), and what could get in the way, each
// with an idea to get past it. The last part of the guided build.
import { planBarriers, planSections } from '../../i18n/plan-content.ts';
import { PLAN_LIMITS, type PlanBarrier } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { PlanReading } from './plan-reading.tsx';
import { paths, planSectionPath } from '../../router.ts';
import { plan, planLoaded } from '../../state/plan-state.ts';
import { changePlan, endSitting } from '../../state/plan-saving.ts';
import { ChangeReason } from './change-reason.tsx';
import { EntryListEditor, type FieldSpec, type IdeaGroup } from './entry-list-editor.tsx';
import { PLAN_PARTS } from './plan-part.tsx';

const scale = Array.from({ length: 11 }, (_, n) => n);
const barrierFields: ReadonlyArray<FieldSpec<PlanBarrier>> = [
  { key: 'barrier', label: mp.section.fields.barrier, max: PLAN_LIMITS.item, required: true },
  { key: 'idea', label: mp.section.fields.idea, max: PLAN_LIMITS.item },
];
const barrierIdeas: IdeaGroup<PlanBarrier>[] = [
  { title: mp.likelihood.barriersTitle, action: 'add', ideas: planBarriers.map((b) => ({ text: b.barrier, fills: { barrier: b.barrier, idea: b.idea } })) },
];

export function PlanLikelihood() {
  const saving = useSave();
  if (!planLoaded.value) {
    return (
      <Screen title={mp.likelihood.title}>
        <PlanReading />
      </Screen>
    );
  }
  const likelihood = plan.value.likelihood;
  const lastSection = planSections[planSections.length - 1];

  const choose = (value: number) =>
    void saving.save(() =>
      changePlan((draft) => {
        draft.likelihood = value;
      }),
    );

  return (
    <Screen title={mp.likelihood.title}>
      <p class="small">{format(mp.section.stepOf, { n: PLAN_PARTS, total: PLAN_PARTS })}</p>
      <p class="lead">{mp.likelihood.intro}</p>
      <fieldset class="field">
        <legend>{mp.likelihood.question}</legend>
        <p id="likelihood-hint" class="hint">
          {mp.likelihood.scaleHint}
        </p>
        <div class="scale">
          {scale.map((n) => (
            <label key={n} class="scale-point">
              <input type="radio" name="likelihood" value={n} checked={likelihood === n} aria-describedby="likelihood-hint" onChange={() => choose(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SaveNote
        id="likelihood-saving"
        saving={saving}
        failed={mp.saveFailed}
        standing={likelihood === null ? '' : likelihood <= 6 ? mp.likelihood.low : mp.likelihood.high}
      />
      <p class="hint">{mp.likelihood.barriersHint}</p>
      <EntryListEditor<PlanBarrier>
        id="barriers"
        entries={plan.value.barriers}
        fields={barrierFields}
        blank={{ barrier: '', idea: '' }}
        show={(e) => (
          <>
            <p class="line-about">{e.barrier}</p>
            {e.idea && <p class="line-meta">{e.idea}</p>}
          </>
        )}
        name={(e) => e.barrier}
        ideaGroups={barrierIdeas}
        save={(barriers) =>
          changePlan((draft) => {
            draft.barriers = barriers;
          })
        }
      />
      <ChangeReason />
      <nav class="actions part-nav" aria-label={mp.section.navLabel}>
        {lastSection && (
          <Link class="button button-quiet" href={planSectionPath(lastSection.id)}>
            {mp.section.back}
          </Link>
        )}
        <Link class="button button-primary" href={paths.plan} onNavigate={endSitting}>
          {mp.likelihood.finish}
        </Link>
      </nav>
    </Screen>
  );
}
