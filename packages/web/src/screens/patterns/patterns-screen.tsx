// Patterns: what the person's own records show for a period they choose, each pattern said in plain sentences
// first, then as a small chart with its table. Counts and averages, never a score, a label or a prediction
// (docs/clinical-rules.md rule 5); a day with no record is "not recorded".
import { useMemo, useState } from 'preact/hooks';
import { computePatterns, patternPeriods, type PatternInput, type PatternPeriod } from '@ebb/core';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { format } from '../../i18n/messages.ts';
import { mpt } from '../../i18n/patterns-messages.ts';
import { loadPatternRecords } from '../../state/patterns-state.ts';
import { allSkills } from '../../state/skills-state.ts';
import { FeelingsView, SelfCareView, SkillsView, TimesView, TriggersView, TrendView } from './pattern-views.tsx';
import { locale } from '../../i18n/language.ts';

const longDate = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });

export function PatternsScreen() {
  const records = useRecord(loadPatternRecords);
  const [period, setPeriod] = useState<PatternPeriod>('3-months');
  return (
    <Screen title={mpt.title}>
      <p class="lead">{mpt.intro}</p>
      <ChoiceGroup
        legend={mpt.period.legend}
        name="period"
        options={patternPeriods.map((p) => ({ value: p, label: mpt.period.options[p] }))}
        value={period}
        onChange={setPeriod}
      />
      <Loaded record={records}>{(read) => <PatternList records={read} period={period} />}</Loaded>
    </Screen>
  );
}

function PatternList({ records, period }: { records: PatternInput; period: PatternPeriod }) {
  const patterns = useMemo(() => computePatterns(records, period, Date.now()), [records, period]);
  const skillName = (id: string) => allSkills.value.find((s) => s.id === id)?.name ?? id;
  const views = { patterns, skillName };
  return (
    <>
      <p role="status">
        {format(mpt.covering, { from: longDate(patterns.firstDay), to: longDate(patterns.lastDay), urges: patterns.urges, checkIns: patterns.checkIns })}
      </p>
      {patterns.urges === 0 && patterns.checkIns === 0 ? (
        <p>{mpt.nothing}</p>
      ) : (
        <>
          <TrendView {...views} />
          <TimesView {...views} />
          <TriggersView {...views} />
          <FeelingsView {...views} />
          <SkillsView {...views} />
          <SelfCareView {...views} />
        </>
      )}
    </>
  );
}
