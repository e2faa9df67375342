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
    id: 'sirr-recovery',
    citation: 'Self-Injury & Recovery Resources (SIRR), Cornell University. Recovery: an overview, the recovery process and what to expect.',
    url: 'https://www.selfinjury.bctr.cornell.edu/recovery.html',
  },
  {
    id: 'moran-2012',
    citation:
      'Moran P, Coffey C, Romaniuk H, et al. The natural history of self-harm from adolescence to young adulthood: a population-based cohort study. Lancet 2012;379:236–243.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/22100201/',
  },
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof references)[number]['id'];
