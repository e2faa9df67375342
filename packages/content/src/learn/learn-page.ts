// The shape of a Learn page: short, sourced reading in Ebb's own words, with links into Ebb's tools.
import type { PlanSectionId } from '../plan-section-ids.ts';
import type { ReferenceId } from '../references.ts';

export type LearnTopic = 'recovery' | 'understanding' | 'treatment' | 'conditions' | 'self-care' | 'support' | 'for-supporters';

/** Where a `tool` block leads: a screen of Ebb, a part of the plan, one skill's guide or another Learn page. */
export type LearnTool =
  | { screen: 'ride' | 'plan' | 'plan-now' | 'slip' | 'help' | 'skills' | 'check-in' | 'support-card' | 'hope-box' | 'contacts' }
  | { screen: 'plan-part'; section: PlanSectionId }
  | { screen: 'skill'; id: string }
  | { screen: 'learn'; id: string };

export type LearnBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: readonly string[] }
  /** A link into Ebb's tools, shown as a button-like link. */
  | { kind: 'tool'; to: LearnTool; text: string };

export interface LearnPage {
  /** Stable, kebab-case; the address is /learn/<id>. */
  id: string;
  title: string;
  /** One line for the list and for search. */
  summary: string;
  /** YYYY-MM-DD: the date the page was written. */
  written: string;
  topic: LearnTopic;
  blocks: readonly LearnBlock[];
  /** Ids from references.ts. */
  sources: readonly ReferenceId[];
}
