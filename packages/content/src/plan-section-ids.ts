// The plan's section ids and trigger kinds, on their own: the stored plan record needs only these, so the
// first screen does not carry every section's text (a module goes into one bundle chunk as a whole).
export const planSectionIds = [
  'warning-signs',
  'on-my-own',
  'people-and-places',
  'people-to-ask',
  'professionals',
  'safer-space',
  'reasons',
  'triggers',
  'what-it-does',
  'first-step',
] as const;

export type PlanSectionId = (typeof planSectionIds)[number];

/** The kinds of trigger the plan sorts them into (docs/clinical-rules.md, "The plan": emotional, situational, social, physical). */
export const triggerKinds = ['feeling', 'situation', 'people', 'body'] as const;
export type TriggerKind = (typeof triggerKinds)[number];
