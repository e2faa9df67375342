// Each pattern as the Patterns screen shows it: its sentences, a chart and the same numbers as a table, or,
// when there is too little, what to record to see it. Orders are by count or a fixed order, never by merit.
import { partsOfDay, TOO_FEW_TO_TELL, weekdaysMondayFirst, type Pattern, type Patterns, type TrendBucket } from '@ebb/core';
import { Link } from '../../components/link.tsx';
import { format, m } from '../../i18n/messages.ts';
import { paths } from '../../router.ts';
import { mpt } from '../../i18n/patterns-messages.ts';
import { BarChart } from './bar-chart.tsx';
import { ColumnChart } from './column-chart.tsx';
import { PatternSection } from './pattern-section.tsx';
import { feelingName, number, sayPattern, weekdayName } from './say-pattern.ts';

interface ViewProps {
  patterns: Patterns;
  skillName: (id: string) => string;
}

/** At most this many bars in a chart of words (triggers): the table lists them all. */
const MOST_BARS = 8;

/** The sentences a pattern says, or the words on what to record when there is not enough. */
const said = (pattern: Pattern, notEnough: string, skillName: (id: string) => string) =>
  pattern.enough ? pattern.sentences.map((s) => sayPattern(s, skillName)) : [notEnough];

const largest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);

export function TriggersView({ patterns, skillName }: ViewProps) {
  const { triggers } = patterns;
  const T = mpt.triggers;
  const shown = triggers.items.slice(0, MOST_BARS);
  return (
    <PatternSection
      id="pattern-triggers"
      title={T.title}
      sentences={said(triggers, T.notEnough, skillName)}
      chart={
        triggers.enough && (
          <BarChart
            label={T.chart}
            rows={shown.map((t) => ({ name: t.text, values: [t.urges + t.slips] }))}
            max={largest(shown.map((t) => t.urges + t.slips))}
          />
        )
      }
      tables={
        triggers.enough
          ? [{ caption: T.caption, head: [T.trigger, T.urges, T.slips], rows: triggers.items.map((t) => [t.text, String(t.urges), String(t.slips)]) }]
          : []
      }
    />
  );
}

export function FeelingsView({ patterns, skillName }: ViewProps) {
  const { feelings } = patterns;
  const F = mpt.feelings;
  return (
    <PatternSection
      id="pattern-feelings"
      title={F.title}
      sentences={said(feelings, F.notEnough, skillName)}
      chart={
        feelings.enough && (
          <BarChart
            label={F.chart}
            rows={feelings.items.map((f) => ({ name: feelingName(f.feeling), values: [f.urges] }))}
            max={largest(feelings.items.map((f) => f.urges))}
          />
        )
      }
      tables={
        feelings.enough
          ? [
              {
                caption: F.caption,
                head: [F.feeling, F.urges, F.strength],
                rows: feelings.items.map((f) => [
                  feelingName(f.feeling),
                  String(f.urges),
                  f.averageStrength === null ? mpt.notRecorded : number(f.averageStrength),
                ]),
              },
            ]
          : []
      }
    />
  );
}

export function TimesView({ patterns, skillName }: ViewProps) {
  const { times } = patterns;
  const T = mpt.times;
  const days = weekdaysMondayFirst.map((d) => ({ short: weekdayName(d, 'short'), long: weekdayName(d), value: times.byWeekday[d] ?? 0 }));
  const max = largest([...Object.values(times.byPart), ...times.byWeekday]);
  return (
    <PatternSection
      id="pattern-times"
      title={T.title}
      sentences={said(times, T.notEnough, skillName)}
      chart={
        times.enough && (
          <>
            <ColumnChart label={T.partChart} columns={partsOfDay.map((p) => ({ name: T.partNames[p], value: times.byPart[p] }))} max={max} />
            <p class="hint">{T.hours}</p>
            <ColumnChart label={T.dayChart} columns={days.map((d) => ({ name: d.short, value: d.value }))} max={max} />
          </>
        )
      }
      tables={
        times.enough
          ? [
              { caption: T.partCaption, head: [T.part, T.urges], rows: partsOfDay.map((p) => [T.partNames[p], String(times.byPart[p])]) },
              { caption: T.dayCaption, head: [T.day, T.urges], rows: days.map((d) => [d.long, String(d.value)]) },
            ]
          : []
      }
    />
  );
}

export function SelfCareView({ patterns, skillName }: ViewProps) {
  const { selfCare } = patterns;
  const S = mpt.selfCare;
  const percent = (withUrge: number, days: number) => Math.round((100 * withUrge) / days);
  const side = (s: { withUrge: number; days: number }) => (s.days < TOO_FEW_TO_TELL ? mpt.tooFew : format(S.ofDays, s));
  const told = selfCare.rows.filter((r) => !r.tooFewToTell);
  return (
    <PatternSection
      id="pattern-self-care"
      title={S.title}
      sentences={selfCare.enough ? [...said(selfCare, S.notEnough, skillName), S.together] : [S.notEnough]}
      chart={
        selfCare.enough && (
          <>
            <BarChart
              label={S.chart}
              rows={told.map((r) => ({
                name: S.items[r.item].short,
                values: [percent(r.done.withUrge, r.done.days), percent(r.notDone.withUrge, r.notDone.days)],
              }))}
              max={100}
              show={(n) => `${n}%`}
            />
            <p class="hint">{S.legend}</p>
          </>
        )
      }
      tables={
        selfCare.enough
          ? [
              {
                caption: S.caption,
                head: [S.item, S.afterYes, S.afterNo],
                rows: selfCare.rows.map((r) => [S.items[r.item].label, side(r.done), side(r.notDone)]),
              },
            ]
          : []
      }
    />
  );
}

export function SkillsView({ patterns, skillName }: ViewProps) {
  const { skills } = patterns;
  const S = mpt.skills;
  const told = skills.items.filter((s) => !s.tooFewToTell);
  return (
    <PatternSection
      id="pattern-skills"
      title={S.title}
      sentences={said(skills, S.notEnough, skillName)}
      chart={
        skills.enough && (
          <>
            <BarChart
              label={S.chart}
              rows={told.map((s) => ({ name: skillName(s.skillId), values: [s.averageBefore, s.averageAfter] }))}
              max={10}
              show={number}
            />
            <p class="hint">{S.legend}</p>
            <p class="hint">{S.note}</p>
          </>
        )
      }
      tables={
        skills.items.length > 0
          ? [
              {
                caption: S.caption,
                head: [S.skill, S.times, S.before, S.after],
                rows: skills.items.map((s) =>
                  s.tooFewToTell
                    ? [skillName(s.skillId), String(s.times), mpt.tooFew, mpt.tooFew]
                    : [skillName(s.skillId), String(s.times), number(s.averageBefore), number(s.averageAfter)],
                ),
              },
            ]
          : []
      }
    />
  );
}

/** A week by its first day (short under a chart, in full in the table), a month by its name and year. */
const bucketName = (b: TrendBucket, unit: 'week' | 'month', width: 'short' | 'long') =>
  new Date(`${b.first}T12:00:00`).toLocaleDateString(
    undefined,
    unit === 'month' ? { month: 'short', year: 'numeric' } : width === 'long' ? { dateStyle: 'short' } : { day: 'numeric', month: 'short' },
  );

export function TrendView({ patterns, skillName }: ViewProps) {
  const { trend } = patterns;
  const T = mpt.trend;
  const recorded = (b: TrendBucket) => b.urges > 0 || b.checkIns > 0;
  return (
    <PatternSection
      id="pattern-trend"
      title={T.title}
      sentences={said(trend, T.notEnough, skillName)}
      chart={
        trend.enough && (
          <>
            {/* More urges lately: the plan and Ride it out are a tap away, not only named (rule 18). */}
            {trend.sentences.some((s) => s.key === 'trendMore') && (
              <p>
                <Link href={paths.planNow}>{m.home.planNowTitle}</Link> · <Link href={paths.ride}>{m.home.rideTitle}</Link>
              </p>
            )}
            <ColumnChart
              label={T.urgesChart[trend.unit]}
              columns={trend.buckets.map((b) => ({ name: bucketName(b, trend.unit, 'short'), value: recorded(b) ? b.urges : null }))}
              max={largest(trend.buckets.map((b) => b.urges))}
            />
            {trend.buckets.some((b) => b.averageCheckInUrge !== null) && (
              <ColumnChart
                label={T.checkInChart[trend.unit]}
                columns={trend.buckets.map((b) => ({ name: bucketName(b, trend.unit, 'short'), value: b.averageCheckInUrge }))}
                max={5}
              />
            )}
          </>
        )
      }
      tables={
        trend.enough
          ? [
              {
                caption: T.caption[trend.unit],
                head: [T.from[trend.unit], T.urges, T.checkIns, T.checkInUrgeColumn],
                rows: trend.buckets.map((b) => [
                  bucketName(b, trend.unit, 'long'),
                  recorded(b) ? String(b.urges) : mpt.notRecorded,
                  String(b.checkIns),
                  b.averageCheckInUrge === null ? mpt.notRecorded : number(b.averageCheckInUrge),
                ]),
              },
            ]
          : []
      }
    />
  );
}
