// Published sources that Ebb's written content draws on. Content items cite these by id.
export interface Reference {
  id: string;
  citation: string;
  url?: string;
}

export const references = [
  {
    id: 'stanley-brown-2012',
    citation:
      'Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide risk. Cognitive and Behavioral Practice 2012;19:256–264.',
  },
  {
    id: 'nice-ng225',
    citation: 'NICE guideline NG225. Self-harm: assessment, management and preventing recurrence. 2022.',
    url: 'https://www.nice.org.uk/guidance/ng225',
  },
  { id: 'linehan-2015', citation: 'Linehan MM. DBT Skills Training Manual, 2nd edition. Guilford Press, 2015.' },
  {
    id: 'marlatt-gordon-1985',
    citation: 'Marlatt GA, Gordon JR. Relapse Prevention: Maintenance Strategies in the Treatment of Addictive Behaviors. Guilford Press, 1985.',
  },
  { id: 'nhs-self-harm', citation: 'NHS. Self-harm.', url: 'https://www.nhs.uk/mental-health/conditions/self-harm/' },
  {
    id: 'mind-self-harm',
    citation: 'Mind. Self-harm: helping yourself now.',
    url: 'https://www.mind.org.uk/information-support/types-of-mental-health-problems/self-harm/helping-yourself-now/',
  },
  {
    id: 'mind-friends-family',
    citation: 'Mind. Self-harm: for friends and family.',
    url: 'https://www.mind.org.uk/information-support/types-of-mental-health-problems/self-harm/for-friends-and-family/',
  },
  {
    id: 'bowen-mbrp-2011',
    citation: 'Bowen S, Chawla N, Marlatt GA. Mindfulness-Based Relapse Prevention for Addictive Behaviors: A Clinician’s Guide. Guilford Press, 2011.',
  },
  {
    id: 'nhs-breathing',
    citation: 'NHS. Breathing exercises for stress.',
    url: 'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/',
  },
  { id: 'cleveland-box-breathing', citation: 'Cleveland Clinic. Box breathing.', url: 'https://my.clevelandclinic.org/health/articles/box-breathing' },
  {
    id: 'mayo-grounding',
    citation: 'Mayo Clinic Health System. 5, 4, 3, 2, 1: countdown to make anxiety blast off.',
    url: 'https://www.mayoclinichealthsystem.org/hometown-health/speaking-of-health/5-4-3-2-1-countdown-to-make-anxiety-blast-off',
  },
  {
    id: 'stallard-2018',
    citation:
      'Stallard P, Porter J, Grist R. A smartphone app (BlueIce) for young people who self-harm: open phase 1 pre-post trial. JMIR mHealth and uHealth 2018;6:e32.',
  },
  {
    id: 'calm-harm',
    citation: 'stem4. Calm Harm (app): comfort, distract, express yourself, release and breathe. Described by Health Navigator New Zealand.',
    url: 'https://www.healthnavigator.org.nz/apps/c/calm-harm-app/',
  },
  {
    id: 'mind-helping-yourself',
    citation: 'Mind. Helping yourself if you self-harm (distractions for anger, sadness, numbness and more).',
    url: 'https://www.mind.org.uk/information-support/types-of-mental-health-problems/self-harm/helping-yourself-if-you-self-harm/',
  },
  {
    id: 'neff-self-compassion-break',
    citation: 'Neff K. Exercise 2: Self-Compassion Break. self-compassion.org.',
    url: 'https://self-compassion.org/exercises/exercise-2-self-compassion-break/',
  },
  {
    id: 'dbt-opposite-action',
    citation: 'Dynamic Healing Collective. DBT Series 12: Opposite Action (after Linehan 2015).',
    url: 'https://dynamichealingcollective.com/dbt-series-12-opposite-action',
  },
  { id: 'dbt-check-the-facts', citation: 'DBT Self Help. Check the Facts (after Linehan 2015).', url: 'https://dbtselfhelp.com/check-the-facts/' },
  {
    id: 'dbt-radical-acceptance',
    citation: 'DBT Self Help. Radical Acceptance (after Linehan 2015).',
    url: 'https://dbtselfhelp.com/dbt-skills-list/distress-tolerance/radical-acceptance/',
  },
  {
    id: 'dazzi-2014',
    citation:
      'Dazzi T, Gribble R, Wessely S, Fear NT. Does asking about suicide and related behaviours induce suicidal ideation? What is the evidence? Psychological Medicine 2014;44:3361–3363.',
    url: 'https://www.cambridge.org/core/journals/psychological-medicine/article/does-asking-about-suicide-and-related-behaviours-induce-suicidal-ideation-what-is-the-evidence/FCAEE9E5BC840D76CF10AEBECD921AC9',
  },
  {
    id: 'polihronis-2020',
    citation:
      'Polihronis C, Cloutier P, Kaur J, Skinner R, Cappelli M. What’s the harm in asking? A systematic review and meta-analysis on the risks of asking about suicide-related behaviors and self-harm with quality appraisal. Archives of Suicide Research 2020.',
    url: 'https://doi.org/10.1080/13811118.2020.1793857',
  },
  {
    id: 'nhs-self-harm-getting-help',
    citation: 'NHS. Self-harm: getting help.',
    url: 'https://www.nhs.uk/mental-health/conditions/self-harm/getting-help/',
  },
  {
    id: 'youngminds-parents-helpline',
    citation:
      'YoungMinds. Demand for Parents Helpline up 48% since start of pandemic (free advice for any parent or carer worried about a young person under 25).',
    url: 'https://youngminds.org.uk/about-us/media-centre/press-releases/demand-for-parents-helpline-up-48-since-start-of-pandemic',
  },
  {
    id: 'nami-helpline',
    citation: 'NAMI. Circle of Care: a guidebook for mental health caregivers (the NAMI HelpLine for family, friends and caregivers).',
    url: 'https://www.nami.org/Support-Education/Publications-Reports/Guides/Circle-of-Care-Guidebook',
  },
  {
    id: 'oregon-988',
    citation: 'Oregon Health Authority. About 988: “988 is available to help you support loved ones or yourself.”',
    url: 'https://www.oregon.gov/oha/BH/Lifespan/Pages/About-988.aspx',
  },
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof references)[number]['id'];
