// Terms Ebb must never show (CLINICAL.md rules 3–6 and 11). Every content and wording test uses these lists.
//
// `unsafeLanguage` is stigmatising or unsafe phrasing, each with the wording to use instead.
// `methodTerms` are words that would describe ways of self-harming. They are stored base64-encoded so
// that no readable method word appears anywhere in the codebase (rule 3 covers fixtures and examples
// too); the scanner decodes them only to match against text.

export interface UnsafePhrase {
  /** A regular expression source, matched case-insensitively on word boundaries. */
  pattern: string;
  instead: string;
}

export const unsafeLanguage: readonly UnsafePhrase[] = [
  { pattern: 'commit(?:ted|s|ting)? suicide', instead: 'died by suicide / ended their life' },
  { pattern: 'successful (?:suicide )?attempt', instead: 'died by suicide' },
  { pattern: 'failed (?:suicide )?attempt', instead: 'survived a suicide attempt' },
  { pattern: 'unsuccessful (?:suicide )?attempt', instead: 'survived a suicide attempt' },
  { pattern: 'self-harmers?', instead: 'a person who self-harms' },
  { pattern: 'cutters?', instead: 'a person who self-harms' },
  { pattern: 'attention[- ]seek(?:ing|er|ers)', instead: 'reaching out / communicating distress' },
  { pattern: 'suicide epidemic|epidemic', instead: 'rising rates' },
  { pattern: '(?:days?|weeks?|months?|years?) clean', instead: 'self-harm-free days' },
  { pattern: 'clean streak|stay clean|staying clean|got clean|relapsed addict', instead: 'self-harm-free' },
  { pattern: 'dirty', instead: '(describe without judgement)' },
  { pattern: 'streak (?:lost|broken|reset|ended)|lost your streak|reset your streak', instead: 'count progress cumulatively' },
  { pattern: 'you failed|failure screen|you have failed', instead: 'a slip is information, not failure' },
  { pattern: 'risk score|risk level|(?:high|medium|low|moderate)[- ]risk', instead: 'support and the plan, never a label' },
  { pattern: 'manipulative', instead: '(describe the need, not a label)' },
];

export const methodTermsEncoded: readonly string[] = [
  'cmF6b3I=',
  'cmF6b3Jz',
  'YmxhZGU=',
  'YmxhZGVz',
  'c2NhbHBlbA==',
  'bGlnaHRlcg==',
  'bGlnYXR1cmU=',
  'bm9vc2U=',
  'aGFuZ2luZw==',
  'bGV0aGFs',
  'bGV0aGFsaXR5',
  'bGV0aGFsIGRvc2U=',
  'cGFyYWNldGFtb2w=',
  'YWNldGFtaW5vcGhlbg==',
  'c2xpdA==',
  'c2xhc2g=',
  'c2xhc2hpbmc=',
  'YnVybmluZyB5b3Vyc2VsZg==',
  'Y3V0dGluZw==',
  'Y3V0IHlvdXJzZWxm',
  'Y3V0IG15c2VsZg==',
  'c2NyYXRjaGluZw==',
  'c2NyYXRjaCB5b3Vyc2VsZg==',
  'd3Jpc3Q=',
  'd3Jpc3Rz',
  'dmVpbg==',
  'dmVpbnM=',
  'YXJ0ZXJ5',
  'aG93IHRvIGhhcm0=',
  'aG93IG11Y2ggdG8gdGFrZQ==',
];
