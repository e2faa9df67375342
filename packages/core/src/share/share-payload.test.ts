// A share carries only what was chosen: the support card never takes a part of the plan the person left
// off it, and a summary survives the trip through JSON exactly as computed.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { emptyPlan } from '../plan/plan-record.ts';
import { emptySupportCard } from '../plan/support-card-record.ts';
import { buildSummary, defaultSummaryChoices } from '../summary/summary.ts';
import { weekEndingOn } from '../summary/summary-period.ts';
import { knownWeek } from '../summary/summary-fixture.test-support.ts';
import { sharePayloadSchema, summaryFromShare, summaryToShare, supportCardShareContent } from './share-payload.ts';

const plan = emptyPlan();
plan.sections['warning-signs'] = [{ text: 'Going quiet' }];
plan.sections['on-my-own'] = [{ text: 'Cold water' }];
plan.sections['people-and-places'] = [{ text: 'The park' }];
plan.sections.reasons = [{ text: 'My sister' }];
plan.sections['people-to-ask'] = [{ name: 'Sam', phone: '07700 900123', message: 'Can we talk?', note: 'private note' }];

describe('supportCardShareContent', () => {
  it('holds only the parts chosen', () => {
    const card = { ...emptySupportCard(), show: { warningSigns: false, whatHelps: true, sayAndDont: false, whoToCall: false }, say: ['Stay'] };
    const content = supportCardShareContent(card, plan, 'DE');
    expect(content).toMatchObject({ warningSigns: [], whatHelps: ['Cold water', 'The park'], say: [], people: [], country: 'DE' });
    expect(JSON.stringify(content)).not.toMatch(/Going quiet|My sister|Sam|Stay/);
  });

  it("never carries a person's message or note, only who to call", () => {
    const card = { ...emptySupportCard(), show: { warningSigns: true, whatHelps: true, sayAndDont: true, whoToCall: true } };
    const content = supportCardShareContent(card, plan, 'elsewhere');
    expect(content.people).toEqual([{ name: 'Sam', phone: '07700 900123' }]);
    expect(JSON.stringify(content)).not.toMatch(/private note|Can we talk|My sister/);
  });
});

describe('summaryToShare / summaryFromShare', () => {
  it('round-trips a computed summary through JSON and the schema', () => {
    const summary = buildSummary(knownWeek(), weekEndingOn('2026-11-08'), { ...defaultSummaryChoices, card: { ...defaultSummaryChoices.card, note: true } });
    const payload = { kind: 'summary' as const, createdAt: 1, language: 'fr', content: summaryToShare(summary) };
    const read = v.parse(sharePayloadSchema, JSON.parse(JSON.stringify(payload)));
    expect(read.kind).toBe('summary');
    if (read.kind === 'summary') expect(summaryFromShare(read.content)).toEqual(summary);
  });
});
