// What the gentle note on Home and its setting say, in English. Loaded after the vault opens (and with
// Settings), never with the first screen. No number, score, level or prediction (docs/clinical-rules.md rule 5).
export const enNudge = {
  note: 'Things seem a bit harder lately. It might help to look at your plan, or to reach out to someone.',
  planLink: 'Look at your plan',
  peopleLink: 'Your people',
  setting: 'Gentle notes when things seem harder',
  settingOn: 'Show a gentle note on Home when things seem harder',
  settingHint:
    'Ebb looks only at what you have recorded, on this device. When your urges have been stronger or more often than your own usual for a couple of weeks, or your check-ins mention your warning signs, Home says so gently. Never a score, and never in discreet mode.',
};

export type NudgeMessages = typeof enNudge;
