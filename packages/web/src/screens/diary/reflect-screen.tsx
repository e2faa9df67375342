// Looking back at a slip (a chain analysis), one step per screen and saved as the person goes: what made
// them vulnerable, what set it off, the links in between, what followed, what could break the chain, and
// repair. It ends with suggested changes the person can add to their plan, kept as a new plan version
// with the reason "After a slip on …". Everything is optional. Words typed on a step and not yet saved (by
// Next, Back or Finish) are kept as a draft and put back, on that step, on return.
import { useEffect, useState } from 'preact/hooks';
import {
  dayOf,
  emptyReflection,
  reflectionTextFields,
  suggestedPlanChanges,
  vulnerabilityKinds,
  type DraftFields,
  type Reflection,
  type VulnerabilityKind,
} from '@ebb/core';
import { DraftNotice } from '../../components/draft-notice.tsx';
import { Link } from '../../components/link.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useDraft } from '../../components/use-draft.ts';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { paths } from '../../router.ts';
import { findSlip, loadReflection, reflectionDraftKey, saveReflection } from '../../state/reflection-state.ts';
import { savePlanVersionWithReason } from '../../state/plan-saving.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { longDate } from './check-in.tsx';

const R = md.reflect;
const TOTAL = 7;
type TextKey = Exclude<keyof Reflection, 'slipId' | 'slipAt' | 'vulnerabilities' | 'finishedAt'>;
const textKeys = reflectionTextFields;

/** What the person can change on the steps, as a draft's fields. */
const answersOf = (r: Reflection): DraftFields => ({ ...Object.fromEntries(textKeys.map((k) => [k, r[k]])), vulnerabilities: r.vulnerabilities.join(',') });
const isVulnerability = (k: string): k is VulnerabilityKind => (vulnerabilityKinds as readonly string[]).includes(k);

function TextField({ id, label, value, onInput }: { id: TextKey; label: string; value: string; onInput: (v: string) => void }) {
  return (
    <div class="field">
      <label for={`reflect-${id}`}>{label}</label>
      <textarea id={`reflect-${id}`} maxLength={1000} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

export function ReflectScreen({ slipId }: { slipId: string }) {
  // The slip and what was written about it so far (null: no such slip); the screen is keyed by the slip.
  const stored = useRecord(
    () =>
      Promise.all([findSlip(slipId), loadReflection(slipId)]).then(([slip, kept]) =>
        slip ? (kept ?? emptyReflection(slipId, slip.endedAt ?? slip.startedAt)) : null,
      ),
    [slipId],
  );
  /** The reflection as changed on this visit; until a change, the stored one. */
  const [edited, setReflection] = useState<Reflection | null>(null);
  const [step, setStep] = useState(1);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState('');
  const [done, setDone] = useState('');
  /** The reflection as last saved on this visit; until then, as read. */
  const [saved, setPersisted] = useState<Reflection | null>(null);
  const read = stored.status === 'loaded' ? stored.value : null;
  const persisted = saved ?? read;
  const current = edited ?? read;
  const answers = current ? answersOf(current) : null;
  const unsaved = answers && persisted && JSON.stringify(answers) !== JSON.stringify(answersOf(persisted)) ? { ...answers, step: String(step) } : null;
  const draft = useDraft(persisted ? reflectionDraftKey(persisted.slipId) : null, unsaved, {
    restore: ({ step: at, vulnerabilities = '', ...typed }) => {
      setReflection((r) => {
        const base = r ?? read;
        return (
          base && {
            ...base,
            ...Object.fromEntries(textKeys.map((k) => [k, typed[k] ?? base[k]])),
            vulnerabilities: vulnerabilities.split(',').filter(isVulnerability),
          }
        );
      });
      setStep(Math.min(Math.max(Number(at) || 1, 1), TOTAL));
    },
    reset: () => setReflection(persisted),
  });
  useEffect(() => window.scrollTo(0, 0), [step]);

  if (stored.status !== 'loaded') {
    return (
      <Screen title={R.title}>
        <Loaded record={stored}>{() => null}</Loaded>
      </Screen>
    );
  }
  const reflection = edited ?? stored.value;
  if (reflection === null) {
    return (
      <Screen title={R.title}>
        <p>{R.notFound}</p>
        <p>
          <Link href={paths.checkIn}>{md.checkIn.title}</Link>
        </p>
      </Screen>
    );
  }

  const r = reflection;
  const set = (key: TextKey) => (value: string) => setReflection({ ...r, [key]: value });
  const persist = async (next: Reflection) => {
    try {
      await saveReflection(next);
      setPersisted(next);
      void draft.saved();
      setStatus('');
      return true;
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
      return false;
    }
  };
  const go = async (to: number) => {
    if (await persist(r)) setStep(to);
  };
  const changes = suggestedPlanChanges(r);
  const date = longDate(dayOf(r.slipAt));

  const finish = async () => {
    const picked = changes.filter((_, i) => chosen.has(i));
    try {
      if (picked.length > 0) {
        await savePlanVersionWithReason(
          (draft) => {
            for (const c of picked) {
              if (c.section === 'triggers') draft.sections.triggers.push({ kind: c.kind ?? 'situation', text: c.text });
              else draft.sections['on-my-own'].push({ text: c.text });
            }
          },
          format(R.reason, { date }),
        );
      }
      const finished = { ...r, finishedAt: Date.now() };
      if (await persist(finished)) {
        setReflection(finished);
        setDone(picked.length > 0 ? R.doneWithPlan : R.done);
      }
    } catch (error) {
      setStatus(format(md.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  if (done) {
    return (
      <Screen title={R.title}>
        <p class="lead" role="status">
          {done}
        </p>
        <p class="actions">
          <Link class="button" href={paths.plan}>
            {R.openPlan}
          </Link>
          <Link class="button" href={paths.progress}>
            {md.slip.progress}
          </Link>
        </p>
      </Screen>
    );
  }

  return (
    <Screen title={R.title}>
      <p class="small">{format(R.stepOf, { n: step, total: TOTAL })}</p>
      {step === 1 && <p>{R.intro}</p>}
      {step === 1 && (
        <>
          <fieldset class="field">
            <legend>{R.steps.vulnerabilities}</legend>
            <p class="hint">{R.steps.vulnerabilitiesHint}</p>
            <div class="feelings">
              {vulnerabilityKinds.map((k) => (
                <button
                  key={k}
                  type="button"
                  class="idea"
                  aria-pressed={r.vulnerabilities.includes(k)}
                  onClick={() =>
                    setReflection({
                      ...r,
                      vulnerabilities: r.vulnerabilities.includes(k) ? r.vulnerabilities.filter((x) => x !== k) : [...r.vulnerabilities, k],
                    })
                  }
                >
                  {R.vulnerabilityKinds[k]}
                </button>
              ))}
            </div>
          </fieldset>
          <TextField id="vulnerabilityNote" label={R.vulnerabilityNote} value={r.vulnerabilityNote} onInput={set('vulnerabilityNote')} />
        </>
      )}
      {step === 2 && (
        <>
          <h2>{R.steps.prompting}</h2>
          <p class="hint">{R.steps.promptingHint}</p>
          <TextField id="promptingEvent" label={R.prompting} value={r.promptingEvent} onInput={set('promptingEvent')} />
        </>
      )}
      {step === 3 && (
        <>
          <h2>{R.steps.links}</h2>
          <p class="hint">{R.steps.linksHint}</p>
          <TextField id="thoughts" label={R.thoughts} value={r.thoughts} onInput={set('thoughts')} />
          <TextField id="feelings" label={R.feelings} value={r.feelings} onInput={set('feelings')} />
          <TextField id="body" label={R.body} value={r.body} onInput={set('body')} />
          <TextField id="urges" label={R.urges} value={r.urges} onInput={set('urges')} />
          <TextField id="actions" label={R.actions} value={r.actions} onInput={set('actions')} />
        </>
      )}
      {step === 4 && (
        <>
          <h2>{R.steps.consequences}</h2>
          <TextField id="shortTerm" label={R.shortTerm} value={r.shortTerm} onInput={set('shortTerm')} />
          <TextField id="longTerm" label={R.longTerm} value={r.longTerm} onInput={set('longTerm')} />
        </>
      )}
      {step === 5 && (
        <>
          <h2>{R.steps.breakLinks}</h2>
          <p class="hint">{R.steps.breakLinksHint}</p>
          <TextField id="breakLinks" label={R.breakLinks} value={r.breakLinks} onInput={set('breakLinks')} />
        </>
      )}
      {step === 6 && (
        <>
          <h2>{R.steps.repair}</h2>
          <TextField id="repair" label={R.repair} value={r.repair} onInput={set('repair')} />
        </>
      )}
      {step === 7 && (
        <>
          <h2>{R.steps.changes}</h2>
          {changes.length === 0 ? (
            <p>{R.steps.noChanges}</p>
          ) : (
            <fieldset class="field">
              <legend>{R.steps.changesHint}</legend>
              {changes.map((c, i) => (
                <label key={i} class="choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(i)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(i);
                      else next.delete(i);
                      setChosen(next);
                    }}
                  />
                  {format(c.section === 'triggers' ? R.asTrigger : R.asStep, { text: c.text })}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      <DraftNotice draft={draft} />
      <p role="status" class="status">
        {status}
      </p>
      <nav class="actions part-nav" aria-label={R.title}>
        {step > 1 && (
          <button type="button" class="button button-quiet" onClick={() => void go(step - 1)}>
            {R.back}
          </button>
        )}
        {step < TOTAL ? (
          <button type="button" class="button button-primary" onClick={() => void go(step + 1)}>
            {R.next}
          </button>
        ) : (
          <button type="button" class="button button-primary" onClick={() => void finish()}>
            {chosen.size > 0 ? R.finishAndAdd : R.finish}
          </button>
        )}
      </nav>
    </Screen>
  );
}
