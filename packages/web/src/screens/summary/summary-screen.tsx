// A summary for my clinician: the person chooses a week or a month and every part (the diary card's rows,
// urge episodes, each look back on a slip, the plan's version), sees exactly what will be shared, then prints
// it (or saves it as PDF), saves it as CSV or FHIR R4 JSON, or shares the file to an app they pick. The
// thoughts-of-suicide row, notes and look backs are left out unless ticked (docs/clinical-rules.md rule 14).
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  addDays,
  buildSummary,
  dayOf,
  defaultSummaryChoices,
  monthOfDay,
  periodFirst,
  reflectionsIn,
  summaryCsv,
  summaryFhirBundle,
  weekEndingOn,
  type SummaryCardChoices,
  type SummaryChoices,
  type SummaryPeriod,
  type SummarySource,
} from '@ebb/core';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { ShareOrSave } from '../../components/share-or-save.tsx';
import { Link } from '../../components/link.tsx';
import { paths } from '../../router.ts';
import { mli } from '../../i18n/links-messages.ts';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { msu } from '../../i18n/summary-messages.ts';
import { discreet } from '../../state/settings-state.ts';
import { loadSummarySource } from '../../state/summary-state.ts';
import { dayLabel, SummaryPreview } from './summary-preview.tsx';
import { locale } from '../../i18n/language.ts';

const HOW_MANY = 12;
type FileKind = 'csv' | 'fhir';

/** The weeks on offer end on today and on each seventh day before it, like the diary's week. */
const weekEnds = (today: string) => Array.from({ length: HOW_MANY }, (_, i) => addDays(today, -7 * i));
/** This month and the eleven before it, as YYYY-MM. */
const months = (today: string) =>
  Array.from({ length: HOW_MANY }, (_, i) => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const d = new Date(y, m - 1 - i, 15, 12);
    return monthOfDay(dayOf(d.getTime()));
  });
const monthLabel = (month: string) => new Date(`${month}-15T12:00:00`).toLocaleDateString(locale, { month: 'long', year: 'numeric' });

/** A day without its weekday, so a week's option fits a phone's width ("25 Nov"). */
const shortDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
export function SummaryScreen() {
  const source = useRecord(loadSummarySource);
  return (
    <Screen title={msu.title}>
      <p class="lead no-print">{msu.intro}</p>
      <Loaded record={source}>{(read) => <Chooser source={read} />}</Loaded>
    </Screen>
  );
}

const cardRows: ReadonlyArray<{ key: keyof SummaryCardChoices; hint?: string }> = [
  { key: 'urge' },
  { key: 'emotions' },
  { key: 'selfHarm' },
  { key: 'skills' },
  { key: 'selfCare' },
  { key: 'suicidalThoughts', hint: msu.parts.suicidalThoughtsHint },
  { key: 'note', hint: msu.parts.noteHint },
];

function Chooser({ source }: { source: SummarySource }) {
  const today = dayOf(Date.now());
  const [kind, setKind] = useState<SummaryPeriod['kind']>('week');
  const [weekEnd, setWeekEnd] = useState(today);
  const [month, setMonth] = useState(monthOfDay(today));
  const [choices, setChoices] = useState<SummaryChoices>(defaultSummaryChoices);
  const [fileKind, setFileKind] = useState<FileKind>('csv');
  const preview = useRef<HTMLElement>(null);

  const period: SummaryPeriod = kind === 'week' ? weekEndingOn(weekEnd) : { kind: 'month', first: `${month}-01` };
  const offered = useMemo(() => reflectionsIn(source.reflections, period), [source, kind, weekEnd, month]);
  // Only the look backs on slips in these days can be in it: one ticked for another period is not.
  const chosen: SummaryChoices = { ...choices, reflections: choices.reflections.filter((id) => offered.some((r) => r.slipId === id)) };
  const summary = useMemo(() => buildSummary(source, period, chosen), [source, kind, weekEnd, month, choices, offered]);

  const setCard = (key: keyof SummaryCardChoices, on: boolean) => setChoices({ ...choices, card: { ...choices.card, [key]: on } });
  const setReflection = (id: string, on: boolean) =>
    setChoices({ ...choices, reflections: on ? [...choices.reflections, id] : choices.reflections.filter((r) => r !== id) });

  const periodName = kind === 'week' ? periodFirst(period) : month;
  const fileName = `${format(discreet.value ? msu.files.discreet : msu.files.name, { period: periodName })}.${fileKind === 'csv' ? 'csv' : 'json'}`;
  const noPlan = source.planVersions.length === 0;

  return (
    <>
      <div class="no-print">
        <ChoiceGroup
          legend={msu.period.legend}
          name="summary-kind"
          options={[
            { value: 'week', label: msu.period.week },
            { value: 'month', label: msu.period.month },
          ]}
          value={kind}
          onChange={setKind}
        />
        {kind === 'week' ? (
          <div class="field">
            <label for="summary-week">{msu.period.weekChoice}</label>
            <select id="summary-week" value={weekEnd} onChange={(e) => setWeekEnd(e.currentTarget.value)}>
              {weekEnds(today).map((end, i) => {
                const range = format(msu.period.weekRange, { from: shortDay(addDays(end, -6)), to: shortDay(end) });
                return (
                  <option key={end} value={end}>
                    {i === 0 ? `${msu.period.lastSeven} (${range})` : range}
                  </option>
                );
              })}
            </select>
          </div>
        ) : (
          <div class="field">
            <label for="summary-month">{msu.period.monthChoice}</label>
            <select id="summary-month" value={month} onChange={(e) => setMonth(e.currentTarget.value)}>
              {months(today).map((m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
          </div>
        )}

        <fieldset class="field">
          <legend>{msu.parts.card}</legend>
          {cardRows.map(({ key, hint }) => (
            <div key={key}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={choices.card[key]}
                  aria-describedby={hint ? `summary-hint-${key}` : undefined}
                  onChange={(e) => setCard(key, e.currentTarget.checked)}
                />
                {msu.parts[key]}
              </label>
              {hint && (
                <p id={`summary-hint-${key}`} class="hint">
                  {hint}
                </p>
              )}
            </div>
          ))}
        </fieldset>

        <fieldset class="field">
          <legend>{msu.parts.more}</legend>
          <label class="choice">
            <input type="checkbox" checked={choices.episodes} onChange={(e) => setChoices({ ...choices, episodes: e.currentTarget.checked })} />
            {msu.parts.episodes}
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={choices.plan && !noPlan}
              disabled={noPlan}
              onChange={(e) => setChoices({ ...choices, plan: e.currentTarget.checked })}
            />
            {msu.parts.plan}
            {noPlan && <span class="small"> {msu.parts.noPlanYet}</span>}
          </label>
        </fieldset>

        <fieldset class="field">
          <legend>{msu.parts.reflections}</legend>
          <p id="summary-reflections-hint" class="hint">
            {offered.length === 0 ? msu.parts.noReflections : msu.parts.reflectionsHint}
          </p>
          {offered.map((r) => (
            <label key={r.slipId} class="choice">
              <input
                type="checkbox"
                checked={chosen.reflections.includes(r.slipId)}
                aria-describedby="summary-reflections-hint"
                onChange={(e) => setReflection(r.slipId, e.currentTarget.checked)}
              />
              {format(msu.parts.reflectionOn, { date: dayLabel(r.day) })}
            </label>
          ))}
        </fieldset>

        <section aria-labelledby="summary-print-title">
          <h2 id="summary-print-title">{msu.output.print}</h2>
          <p>{msu.output.printHint}</p>
          <p class="actions">
            <button type="button" class="button button-primary" onClick={() => window.print()}>
              {msu.output.print}
            </button>
          </p>
        </section>
        <ShareOrSave
          id="share-summary"
          what={msu.output.what}
          title={msu.preview.heading}
          fileName={fileName}
          type={fileKind === 'csv' ? 'text/csv' : 'application/fhir+json'}
          contents={() => ({
            content: fileKind === 'csv' ? summaryCsv(summary, msu.columns) : JSON.stringify(summaryFhirBundle(summary, Date.now()), null, 2),
            text: preview.current?.innerText ?? '',
          })}
        >
          <ChoiceGroup
            legend={msu.output.format}
            name="summary-file"
            options={[
              { value: 'csv', label: msu.output.csv },
              { value: 'fhir', label: msu.output.fhir },
            ]}
            value={fileKind}
            onChange={setFileKind}
          />
        </ShareOrSave>
        <p>
          <Link href={paths.links}>{mli.reach}</Link>
        </p>
        <p class="hint">{msu.preview.hint}</p>
      </div>
      <SummaryPreview summary={summary} previewRef={preview} />
    </>
  );
}
