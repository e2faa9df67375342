// What self-harm can do for a person, as needs another activity can meet instead: the kinds of activity in
// stem4's Calm Harm (comfort, distract, express, release, breathe). The person's own words in their plan's
// "what self-harm does for me" are read for these needs, so the skills that meet them are suggested sooner.
import type { ReferenceId } from './references.ts';

export const needs = ['comfort', 'distract', 'express', 'release', 'breathe'] as const;
export type Need = (typeof needs)[number];

/** Words that, in what a person says self-harm does for them, point to each need. Lower case. */
export const needWords: Readonly<Record<Need, readonly string[]>> = {
  comfort: ['comfort', 'cared for', 'soothe', 'safe', 'punish', 'deserve', 'hate myself', 'kind', 'lonely', 'alone'],
  distract: ['distract', 'escape', 'forget', 'take my mind', 'stop thinking', 'switch off', 'bored', 'block out'],
  express: ['show', 'express', 'tell', 'how bad', 'communicate', 'let people know', 'put into words', 'cry'],
  release: ['relief', 'release', 'tension', 'pressure', 'anger', 'angry', 'numb', 'feel something', 'feel real', 'overwhelm'],
  breathe: ['calm', 'control', 'panic', 'breathe', 'slow down', 'settle'],
};

export const needsSource: ReferenceId = 'calm-harm';
