// Learn's on-device search: every word must be found, in any case and with or without accents; titles first.
import type { LearnPage } from '@ebb/content';
import { describe, expect, it } from 'vitest';
import { fold, queryWords, searchPages } from './learn-search.ts';

const page = (id: string, title: string, summary: string, text: string, item = 'nothing else'): LearnPage => ({
  id,
  title,
  summary,
  written: '2026-11-30',
  topic: 'treatment',
  blocks: [
    { kind: 'heading', text: 'More' },
    { kind: 'paragraph', text },
    { kind: 'list', items: [item] },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Open my plan' },
  ],
  sources: ['nice-ng225'],
});

const pages = [
  page('therapy', 'Talking therapies', 'What CBT and DBT are like.', 'A therapist helps you notice patterns.'),
  page('sleep', 'Sleep', 'Rest matters.', 'Some people find Thérapie helps sleep too.'),
  page('groups', 'Support groups', 'Meeting people who understand.', 'Groups can be online.', 'Peer support lines'),
];
const ids = (query: string) => searchPages(pages, query).map((p) => p.id);

describe('Learn search', () => {
  it('folds case and accents', () => {
    expect(fold('Émotion THÉRAPIE')).toBe('emotion therapie');
    expect(queryWords('  Self-harm, CBT! ')).toEqual(['self', 'harm', 'cbt']);
  });

  it('finds words in titles, summaries, text, list items and link text, ignoring case and accents', () => {
    expect(ids('cbt')).toEqual(['therapy']);
    expect(ids('PATTERNS')).toEqual(['therapy']);
    expect(ids('peer')).toEqual(['groups']);
    expect(ids('open my plan')).toEqual(['therapy', 'sleep', 'groups']);
    expect(ids('thérapie')).toEqual(['therapy', 'sleep']);
  });

  it('finds a plural from its singular and back', () => {
    expect(ids('therapy')).toEqual(['therapy', 'sleep']);
    expect(ids('therapist')).toEqual(['therapy']);
    expect(ids('group')).toEqual(['groups']);
    expect(ids('lines')).toEqual(['groups']);
  });

  it('needs every word, and puts pages whose title matches first', () => {
    expect(ids('therapie sleep')).toEqual(['sleep']);
    expect(ids('therap')).toEqual(['therapy', 'sleep']);
    expect(ids('sleep')).toEqual(['sleep']);
    expect(ids('helps')).toEqual(['therapy', 'sleep']);
    expect(ids('support people')).toEqual(['groups']);
  });

  it('finds nothing for words no page has, and every page for an empty search', () => {
    expect(ids('zebra')).toEqual([]);
    expect(ids('   ')).toEqual(['therapy', 'sleep', 'groups']);
    expect(ids('?!')).toEqual(['therapy', 'sleep', 'groups']);
  });
});
