// Wording Ebb must never use (docs/clinical-rules.md rules 5, 6, 11 and 13), as context-aware rules: each pattern is a
// phrase or word stem, and `except` lists the everyday uses of the same words that stay allowed.
//
// Precision matters as much as reach: every content set, every catalogue and the built app are scanned, and
// one false flag fails the build. So each rule below says why it is as wide or as narrow as it is. A rule is
// wide (a bare stem) only where the word has no everyday use Ebb needs; where it does, the rule names the
// unsafe sense (a phrase, a subject, a duration) or lists the everyday phrases in `except`. The corpus in
// packages/core/src/safe-language/language-corpus.ts pins both down, and a test checks it: every rule
// flags some should-flag phrase, and every exception is what lets some should-pass phrase through. When
// a rule changes, add the phrase that made it change.
//
// Deliberately never flagged, because Ebb's safety copy needs them: "self-harm", "suicide", "feeling
// suicidal", "hurt yourself" ("I've already hurt myself" is Help now's own control), "overdose" and
// "poisoning" (rule 10: any overdose needs urgent help), "bleeding", "stitches", a burn or a cut as a
// first-aid noun, "slip", and bare "failure" and "risk". Asking directly about suicide is recommended, so
// "thinking about killing yourself" passes; reporting wording ("killed herself") does not.
//
// Method and implement words are in method-rules.ts, stored encoded (rule 3 covers fixtures too).

export type LanguageRuleKind = 'person-label' | 'suicide-wording' | 'clean-streak-guilt' | 'risk-label' | 'stigma' | 'wound-description' | 'method';

export interface LanguageRule {
  kind: LanguageRuleKind;
  /** A regular-expression source, matched case-insensitively as whole words, after spaces and quotes are normalised. */
  pattern: string;
  /** Everyday phrases containing the same words: a match lying wholly inside one of these is not flagged. */
  except?: readonly string[];
  /** What to write instead. */
  instead: string;
}

/** Pronouns that make a phrase self-directed ("ashamed of yourself"). */
const reflexive = '(?:yourself|myself|himself|herself|themselves|themself|oneself|ourselves|yourselves)';

const numberWord = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|many|some|more)';
const period = '(?:days?|weeks?|months?|years?|nights?)';
const personNoun = '(?:person|people|patients?|individuals?|teens?|teenagers?|youths?|young people|kids?|children|child|men|man|women|woman|users?|students?)';

export const languageRules: readonly LanguageRule[] = [
  // ── Person-first labels (rule 11). Nouns that make a behaviour someone's identity. No everyday sense in
  // Ebb's copy, so they are stems; the few idioms sharing the word are listed.
  { kind: 'person-label', pattern: 'self[- ]?harmers?', instead: 'a person who self-harms' },
  // "cookie-cutter" (an idiom for "one size fits all") is the only everyday use Ebb could want.
  { kind: 'person-label', pattern: 'cutters?', except: ['cookie[- ]cutters?'], instead: 'a person who self-harms' },
  // The label, and the stove part; "back burner" (put it aside for now) and a burner phone stay allowed.
  { kind: 'person-label', pattern: 'burners?', except: ['back[- ]burners?', 'burner (?:phones?|accounts?|emails?)'], instead: 'a person who self-harms' },
  // An outdated, stigmatising term in every form (mutilation, self-mutilator, self-mutilating).
  { kind: 'person-label', pattern: '(?:self[- ]?)?mutilat\\w*', instead: 'self-harm / a person who self-harms' },
  { kind: 'person-label', pattern: 'self[- ]?(?:injurers?|abusers?|abuse)', instead: 'self-harm / a person who self-harms' },
  { kind: 'person-label', pattern: 'suicide victims?|victims? of suicide', instead: 'a person who died by suicide' },
  // "Feeling suicidal" is plain and kind (Samaritans and the NHS use it), so the adjective stays; a person
  // or group labelled by it ("a suicidal person", "suicidal teenagers") is flagged, because Ebb can always
  // say "a person having thoughts of suicide" and never needs to sort people into a group.
  {
    kind: 'person-label',
    pattern: `suicidal ${personNoun}|suicidals|(?:suicide )?completers?|(?:suicide|self[- ]?harm)[- ]prone`,
    instead: 'a person having thoughts of suicide',
  },
  { kind: 'person-label', pattern: `self[- ]?harming ${personNoun}`, instead: 'a person who self-harms' },
  {
    kind: 'person-label',
    pattern: 'frequent (?:attenders?|flyers?)|repeat self[- ]?harmers?',
    instead: 'a person who comes back for help (say what they need)',
  },

  // ── Suicide wording (rule 11, Samaritans and AFSP guidance). Each is a phrase with no safe reading.
  // "Commit to waiting ten minutes" and "commit to self-harm-free days" pass: only committing the act does not.
  {
    kind: 'suicide-wording',
    pattern: 'commit(?:s|ted|ting)? (?:to )?(?:suicide|self[- ]?harm(?![- ]free))|suicides? (?:was|were|is|are|has been|have been) committed',
    instead: 'died by suicide / ended their life',
  },
  {
    kind: 'suicide-wording',
    pattern:
      '(?:complete[ds]?|completing|successful(?:ly)?) (?:suicides?|suicide attempts?|attempts?)|(?:successful|unsuccessful|failed|botched|half-hearted) (?:suicide )?attempts?|attempts? (?:was|were) (?:successful|unsuccessful|a failure)',
    // Ebb's lock screen says "try again", never "failed attempts"; in an app about self-harm the phrase reads one way.
    instead: 'died by suicide / survived a suicide attempt',
  },
  {
    kind: 'suicide-wording',
    pattern: 'succeed(?:ed|s)? in (?:killing|taking|ending)|killed (?:himself|herself|themselves|themself)',
    instead: 'died by suicide',
  },
  { kind: 'suicide-wording', pattern: 'suicide bids?', instead: 'suicide attempt' },
  // No everyday use in Ebb's copy; "crisis" stays (the 9-8-8 Suicide Crisis Helpline is a service's name).
  {
    kind: 'suicide-wording',
    pattern: 'epidemics?|(?:suicide|self[- ]?harm) (?:craze|trend|fad|contagion)|(?:soaring|skyrocketing|spiralling|exploding) (?:suicides?|self[- ]?harm)',
    instead: 'rising rates',
  },

  // ── Clean, streak, reset and guilt words (rules 6, 11 and 13). "Clean" is everyday (a clean towel, keep
  // the area clean, clean your room), so only its recovery sense is flagged: a duration, or "been / stay /
  // got clean" ending a clause or followed by "for" or "since". Wound care ("keep it clean for a day",
  // "stays clean and dry") has no person before "clean" and so passes.
  {
    kind: 'clean-streak-guilt',
    pattern: `${numberWord} (?:whole |full )?${period} (?:clean|sober)|(?:been|stay|stayed|staying|i'm|i am|you're|you are|we're|they're|he's|she's) (?:clean|sober)(?= (?:for|since|now|again)\\b|[.,;:!?"')]|$)|(?:get|got|getting|gone|went|going) clean(?=[.,;:!?"')]|$)|clean (?:streak|time|date|days|record|slate|and sober)`,
    instead: 'self-harm-free days',
  },
  // "Clean for 3 weeks" on its own, as a headline would say it. Wound care keeps something clean for a
  // while ("keep it clean for a few days", "the dressing stays clean for a day"), so those pass.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?:clean|sober) (?:for (?:(?:over|almost|nearly|about|more than|the (?:last|past)) )?(?:${numberWord} ){1,2}(?:whole |full )?${period}|since [\\w'-]+)`,
    except: [
      "(?:keep|keeps|keeping|kept|leave|leaves|left) (?:[\\w'-]+ ){0,3}clean (?:for|since)(?: [\\w'-]+)+",
      "(?:it|this|that|wound|area|dressing|burn|injury|bandage|plaster|skin|cloth|towel|hands|room) (?:stays?|stayed|remains?|remained|is|was) clean (?:for|since)(?: [\\w'-]+)+",
    ],
    instead: 'self-harm-free days',
  },
  // "Dirty" is judgement about a person (rule 11: no "clean"/"dirty"), even as a feeling ("I feel dirty");
  // its one everyday use Ebb's first aid may need, a dirty wound or dressing, passes.
  {
    kind: 'clean-streak-guilt',
    pattern: 'dirty',
    except: [
      'dirty (?:wounds?|injur(?:y|ies)|dressings?|bandages?|plasters?|hands|water|dishes|laundry|washing|clothes)',
      '(?:wound|injury|dressing|bandage|plaster|graze|area|it) (?:is|was|looks|gets|got|becomes|became) dirty',
    ],
    instead: '(describe without judgement)',
  },
  // Ebb has no streaks (rule 6), so the word is flagged except where it means a line or a trait.
  {
    kind: 'clean-streak-guilt',
    pattern: 'streaks?',
    except: ['streaks? of (?:light|sunlight|colou?r|paint|grey|gray|silver|gold)', '(?:stubborn|mean|wild|independent|creative|competitive) streak'],
    instead: 'count progress cumulatively',
  },
  // Reset wording after a slip. "Start again from here" is Ebb's own kind line and passes, and so does
  // "start from scratch" (said of a plan or a backup): only going back to zero or day one, and counting from
  // today, are flagged; "you don't go back to zero" is a kind promise and passes.
  {
    kind: 'clean-streak-guilt',
    pattern:
      "(?<!(?:n't|not|never) (?:go |goes |going |went |be |get |start )?)back to (?:zero|square one|day (?:one|1|zero|0))|(?:start|starts|started|starting|begin|begins|beginning|count|counts|counting) (?:(?:all )?over |again )?from (?:zero|day (?:one|1|zero|0))|count(?:s|ed|ing)? (?:again )?from (?:today|now)|resets? to (?:zero|0|day (?:one|1))|(?:counter|count|tally|clock|days) (?:has been |have been |was |were |is |gets |will be )?(?:reset|wiped)",
    instead: 'a slip never takes away what you have done',
  },
  // Negation-aware: "you won't lose your progress" is a kind promise, "you lost your progress" is not.
  {
    kind: 'clean-streak-guilt',
    pattern:
      "(?<!(?:n't|not|never|nothing|no one) )(?:lost|lose|loses|losing|broke|break|breaks|broken|ruin(?:ed|s)?|wiped) (?:all )?(?:your|my|their|his|her) (?:progress|record|count|days)",
    instead: 'a slip never takes away what you have done',
  },
  // Ebb's word is "slip": "relapse" is the language of illness returning and of addiction, and "relapsed"
  // reads as a verdict on the person. Every form is flagged, not only "relapsed", because "reduces relapse"
  // or "after a relapse" say the same to someone who has just slipped. "Relapse prevention" is the name of
  // an approach (and a cited title), so it passes.
  { kind: 'clean-streak-guilt', pattern: 'relaps(?:e|ed|es|ing|ers?)(?! prevention)', instead: 'a slip' },
  // Failure, named at the person. "A slip is information, not failure" and "a slip is not a failure" are
  // Ebb's own lines and must pass, so bare "failure" is never flagged: only "you (have) failed" and
  // "you are a failure". First-person forms pass: a plan may quote a warning-sign thought ("I'm a failure").
  {
    kind: 'clean-streak-guilt',
    pattern:
      "(?:you|you've|you have) failed(?! to (?:save|load|open|read|connect|delete))|(?:you(?:'re| are| were)|you've been) (?:a )?failures?|failure screens?",
    instead: 'a slip is information, not failure',
  },
  // Blame and shame said to a person. Negation-aware where Ebb's own reassurance uses the same words:
  // "there's no need to be ashamed of yourself" and "you haven't let anyone down" pass.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?:you|they|he|she) (?:should|ought to) (?:be|feel) (?:so |very )?(?:ashamed|guilty|embarrassed)|(?<!(?:n't|not|no need to|never) (?:be |feel )?)ashamed of ${reflexive}|shame on (?:you|them|him|her)|let (?:yourself|everyone|us|them|your family|your friends) down|disappointed (?:in|with) (?:you|yourself)|(?:you|they) (?:did|have done|'ve done) (?:it|this) again|no excuse`,
    instead: 'a slip is information; be as kind to yourself as to a friend',
  },

  // ── Risk labels and prediction (rule 5, NICE NG225). "Risk" alone stays (a cited title reads "mitigate
  // suicide risk", and first aid may say "a higher risk of infection"), but a person is never put "at
  // risk", in a risk band, or given a score, and nothing predicts self-harm. "At risk" is flagged in every
  // use, "at risk of infection" included: in an app about self-harm it reads as the label, and "it can get
  // infected" says the same. "How likely are you to use your plan?" passes: only likelihood of self-harm,
  // suicide, an attempt or a slip is flagged.
  {
    kind: 'risk-label',
    pattern:
      'at[- ](?:(?:high|higher|low|lower|increased|greater|significant|serious|some|no|more|less|particular|extreme) )?risk|(?:very )?(?:high|highest|low|lowest|medium|moderate|severe|extreme)[- ]risk|risk (?:scores?|levels?|ratings?|categor(?:y|ies)|tiers?|profiles?|status|stratification|assessments?|calculators?|groups?|prediction)|(?:an?|your|my|their|his|her) (?:suicide|suicidal|self[- ]?harm) risk',
    instead: 'support and the plan, never a label',
  },
  {
    kind: 'risk-label',
    pattern:
      '(?:likely|unlikely|likelihood|chances?|probability|odds) (?:of|to) (?:a |another )?(?:self[- ]?harm\\w*|attempt\\w*|suicide|die|dying|relapse|slip|hurt\\w* yourself)|predict\\w* (?:your |a |the )?(?:self[- ]?harm|suicide|slips?|relapses?|risk)',
    instead: 'support and the plan, never a prediction',
  },

  // ── Stigma and blame. Labels for distress and for people in it. "A cry for help" is flagged with
  // attention-seeking: both turn distress into a tactic, and "reaching out" says it kindly.
  {
    kind: 'stigma',
    pattern:
      'attention[- ]seek(?:ing|ers?)|(?:doing|did|does|do) (?:it|this|that) for attention|(?:just|only) (?:wants?|wanted|after|looking for) attention|cry for help|manipulative',
    instead: 'reaching out / communicating distress',
  },
  // "It isn't selfish to ask for help" is kind and passes: only calling the act selfish or cowardly is flagged.
  {
    kind: 'stigma',
    pattern: "(?:suicide|self[- ]?harm|it|that|this) (?:is|was|'s) (?:so |just |really |very )?(?:selfish|cowardly)|cowards?|cowardly|the easy way out",
    instead: '(describe the pain, not a judgement)',
  },
  {
    kind: 'stigma',
    pattern: 'psychos?(?!-)|nutters?|nutcases?|loony|loonies|lunatics?|schizos?|mental cases?|head ?cases?|basket cases?|the mentally ill',
    instead: 'a person with a mental health problem',
  },

  // ── Graphic wound description (rule 4). First aid may say "wound", "bleeding" and "stitches"; these
  // words only add a picture.
  {
    kind: 'wound-description',
    pattern: 'gaping|gash(?:es|ed)?|spurting|(?:bled|bleeds?|bleeding) out|pools? of blood|blood[- ]?(?:soaked|stained|bath)',
    instead: 'a wound that may need stitches / heavy bleeding',
  },
];
