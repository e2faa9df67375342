// The summary as it prints and as the files hold it: the diary card one row a day (a day with no card says
// "not recorded"), then the urge episodes, the ticked look backs and the plan's version, each only if chosen.
// The same element is the print layout and the readable text that a text-only share sends.
import type { Ref } from 'preact';
import { reflectionTextFields, type Summary, type SummaryDay, type SummaryEpisode, type SummaryReflection } from '@ebb/core';
import { format, m } from '../../i18n/messages.ts';
import { md } from '../../i18n/diary-messages.ts';
import { ms } from '../../i18n/skills-messages.ts';
import { msu } from '../../i18n/summary-messages.ts';
import { locale } from '../../i18n/language.ts';

const P = msu.preview;
const C = msu.columns;

export const dayLabel = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short' });
const longDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { dateStyle: 'long' });
const timeOf = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

const shown = (value: number | null | undefined) => (value === null || value === undefined ? P.notRated : String(value));
const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? P.notRated : value ? C.yes : C.no);

/** One column of the card: its header and what a recorded day shows in it (the CSV's columns, in order). */
type Column = { key: string; header: string; cell: (day: SummaryDay) => string };

function columnsOf(summary: Summary): Column[] {
  const { rows } = summary;
  const care = (key: 'ateRegularly' | 'moved' | 'connected' | 'medication' | 'therapy'): Column => ({
    key,
    header: C[key],
    cell: (d) => yesNo(d.card?.selfCare?.[key]),
  });
  return [
    ...(rows.urge ? [{ key: 'urge', header: C.urge, cell: (d: SummaryDay) => shown(d.card?.urge) }] : []),
    ...(rows.selfHarm ? [{ key: 'selfHarm', header: C.selfHarm, cell: (d: SummaryDay) => yesNo(d.selfHarm) }] : []),
    ...(rows.suicidalThoughts ? [{ key: 'thoughts', header: C.suicidalThoughts, cell: (d: SummaryDay) => shown(d.card?.suicidalThoughts) }] : []),
    ...(rows.emotions ?? []).map((name) => ({
      key: `e:${name}`,
      header: format(C.emotion, { name }),
      cell: (d: SummaryDay) => shown(d.card?.emotions.get(name)),
    })),
    ...(rows.skills ?? []).map(({ id, name }) => ({
      key: `s:${id}`,
      header: format(C.skill, { name }),
      cell: (d: SummaryDay) => shown(d.card?.skills.get(id)),
    })),
    ...(rows.selfCare
      ? [
          { key: 'sleep', header: C.sleepHours, cell: (d: SummaryDay) => shown(d.card?.selfCare?.sleepHours) },
          care('ateRegularly'),
          care('moved'),
          care('connected'),
          care('medication'),
          care('therapy'),
        ]
      : []),
    ...(rows.note ? [{ key: 'note', header: C.note, cell: (d: SummaryDay) => d.card?.note ?? '' }] : []),
    ...(summary.episodes ? [{ key: 'episodes', header: C.episodes, cell: (d: SummaryDay) => String(d.episodes) }] : []),
  ];
}

function CardTable({ summary }: { summary: Summary }) {
  const columns = columnsOf(summary);
  if (columns.length === 0) return <p>{P.nothingChosen}</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="summary-card-caption">
      <table class="diary-table summary-table">
        <caption id="summary-card-caption">{P.cardCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{C.day}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day)}</th>
              {d.recorded ? columns.map((c) => <td key={c.key}>{c.cell(d)}</td>) : <td colSpan={columns.length}>{C.notRecorded}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EpisodeItem({ episode }: { episode: SummaryEpisode }) {
  const parts = [
    episode.urgeAtStart === null && episode.urgeAtEnd === null
      ? P.urgeNotRated
      : format(P.urgeFromTo, { before: shown(episode.urgeAtStart), after: shown(episode.urgeAtEnd) }),
    ...episode.skills.map((s) => format(P.skillTry, { name: s.name, before: shown(s.before), after: shown(s.after) })),
    ...(episode.feelings.length > 0 ? [format(P.feelings, { feelings: episode.feelings.map((f) => ms.feelings.names[f]).join(', ') })] : []),
    ...(episode.trigger ? [format(P.trigger, { trigger: episode.trigger })] : []),
    ...(episode.outcome ? [P.outcomes[episode.outcome]] : []),
  ];
  return (
    <li>
      <strong>{format(P.episodeLine, { date: dayLabel(episode.day), time: timeOf(episode.startedAt) })}</strong>
      {m.app.colon}
      {parts.join('; ')}.
    </li>
  );
}

function ReflectionPart({ reflection }: { reflection: SummaryReflection }) {
  const F = P.reflectionFields;
  const answers = [
    ...(reflection.vulnerabilities.length > 0
      ? [{ key: 'vulnerabilities', label: F.vulnerabilities, text: reflection.vulnerabilities.map((k) => md.reflect.vulnerabilityKinds[k]).join(', ') }]
      : []),
    ...reflectionTextFields.filter((f) => reflection[f] !== '').map((f) => ({ key: f, label: F[f], text: reflection[f] })),
  ];
  return (
    <section>
      <h4>{format(msu.parts.reflectionOn, { date: longDay(reflection.day) })}</h4>
      <dl class="summary-answers">
        {answers.map((a) => (
          <div key={a.key}>
            <dt>{a.label}</dt>
            <dd>{a.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** `madeAt`: when it was made, for a summary shared by link (otherwise it is being made now). */
export function SummaryPreview({ summary, previewRef, madeAt }: { summary: Summary; previewRef: Ref<HTMLElement>; madeAt?: number }) {
  return (
    <article class="print-area summary-print" aria-labelledby="summary-heading" ref={previewRef}>
      <h2 id="summary-heading" class="print-title">
        {P.heading}
      </h2>
      <p>
        <strong>{format(P.range, { from: longDay(summary.from), to: longDay(summary.to) })}</strong>
      </p>
      <p class="small">{format(P.madeOn, { date: new Date(madeAt ?? Date.now()).toLocaleDateString(locale, { dateStyle: 'long' }) })}</p>
      <CardTable summary={summary} />
      {summary.episodes && (
        <section>
          <h3>{P.episodes}</h3>
          {summary.episodes.length === 0 ? (
            <p>{P.noEpisodes}</p>
          ) : (
            <ul>
              {summary.episodes.map((e) => (
                <EpisodeItem key={e.id} episode={e} />
              ))}
            </ul>
          )}
        </section>
      )}
      {summary.reflections.length > 0 && (
        <section>
          <h3>{P.reflections}</h3>
          {summary.reflections.map((r) => (
            <ReflectionPart key={r.slipId} reflection={r} />
          ))}
        </section>
      )}
      {summary.plan && (
        <section>
          <h3>{P.plan}</h3>
          <p>
            {format(P.planVersion, {
              version: summary.plan.version,
              date: new Date(summary.plan.changedAt).toLocaleDateString(locale, { dateStyle: 'long' }),
            })}
            {summary.plan.reason && <> {format(P.planReason, { reason: summary.plan.reason })}</>}
          </p>
        </section>
      )}
    </article>
  );
}
