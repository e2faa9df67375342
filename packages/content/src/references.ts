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
  {
    id: 'klonsky-2007',
    citation: 'Klonsky ED. The functions of deliberate self-injury: a review of the evidence. Clinical Psychology Review 2007;27:226–239.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/17014942/',
  },
  {
    id: 'nhs-self-harm-treatment',
    citation: 'NHS. Self-harm: assessment and treatments.',
    url: 'https://nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/self-harm/assessment-and-treatments',
  },
  {
    id: 'nice-cg133-ifp',
    citation:
      'NICE. Self-harm (longer-term management), information for the public: which treatments can help with my self-harm in the long term? (CG133, since replaced by NG225, which keeps these points.)',
    url: 'https://www.nice.org.uk/guidance/cg133/ifp/chapter/Which-treatments-can-help-with-my-self-harm-in-the-long-term',
  },
  {
    id: 'mind-bpd-treatment',
    citation: 'Mind. Borderline personality disorder (BPD): treatment and support.',
    url: 'https://www.mind.org.uk/information-support/types-of-mental-health-problems/borderline-personality-disorder-bpd/treatment-and-support/',
  },
  {
    id: 'cft-kennedy-pearson',
    citation: 'Kennedy F, Pearson D. CFT in a nutshell (book chapter, Routledge; doi 10.4324/9780429442926-5).',
    url: 'https://www.taylorfrancis.com/chapters/mono/10.4324/9780429442926-5/cft-nutshell-fiona-kennedy-david-pearson',
  },
  {
    id: 'health-in-mind-emdr',
    citation: 'Health in Mind (NHS Talking Therapies, Scotland). EMDR and trauma-focused CBT, the NICE-recommended treatments for PTSD.',
    url: 'https://www.healthinmind.org.uk/emdr',
  },
  {
    id: 'nihr-emdr-ptsd',
    citation:
      'NIHR Bristol Biomedical Research Centre. Developing guided EMDR to treat PTSD in primary care (what PTSD is; EMDR as a NICE-recommended treatment).',
    url: 'https://bristolbrc.nihr.ac.uk/research/research-projects/developing-guided-emdr-to-treat-ptsd-in-primary-care',
  },
  {
    id: 'mind-antidepressants',
    citation: 'Mind. Antidepressants: how antidepressants can help (how long they take to work; speak to your doctor if you feel worse).',
    url: 'https://www.mind.org.uk/information-support/drugs-and-treatments/antidepressants/how-antidepressants-can-help/',
  },
  {
    id: 'hse-antidepressants',
    citation: 'HSE (Ireland). How and when to take antidepressants.',
    url: 'https://www2.hse.ie/medicines/antidepressants1/how-and-when-to-take-antidepressants',
  },
  {
    id: 'nhs-talking-therapies',
    citation: 'NHS England. NHS Talking Therapies, for anxiety and depression (free, for adults in England; local services listed on nhs.uk).',
    url: 'https://www.england.nhs.uk/mental-health/adults/nhs-talking-therapies/',
  },
  {
    id: 'west-coast-while-you-wait',
    citation: 'Te Whatu Ora West Coast (New Zealand). Brief intervention service: while you wait.',
    url: 'https://westcoasthealth.nz/your-health/mental-health/brief-intervention-service/while-you-wait',
  },
  {
    id: 'nhs-scotland-self-harm',
    citation: 'NHS Scotland Right Decisions (MyPsych). Self-harm: more common alongside depression, anxiety, past trauma and borderline personality disorder.',
    url: 'https://rightdecisions.scot.nhs.uk/mypsych-app/foundation-doctors/my-foundation-teaching/self-harm/',
  },
  {
    id: 'nice-cg78',
    citation:
      'NICE guideline CG78. Borderline personality disorder: recognition and management, 1.1.1.1 (no one excluded from a service because of the diagnosis or because they have self-harmed).',
    url: 'https://www.nice.org.uk/guidance/cg78/chapter/1-Guidance',
  },
  {
    id: 'beat-guide',
    citation: 'Beat. The Beat guide to understanding eating disorders (treatable conditions; recovery is possible; Beat’s helplines and online support).',
    url: 'https://docslib.org/doc/10435037/the-beat-guide-to-understanding-eating-disorders-welcome-contents',
  },
  {
    id: 'alcohol-self-harm-2019',
    citation:
      'Differentiating adults who think about self-harm from those who engage in self-harm: the role of volitional alcohol factors. BMC Psychiatry 2019 (doi 10.1186/s12888-019-2292-3).',
    url: 'https://bmcpsychiatry.biomedcentral.com/articles/10.1186/s12888-019-2292-3',
  },
  {
    id: 'nimh-caring-mental-health',
    citation:
      'National Institute of Mental Health (US). Caring for your mental health: self-care tips (read as given by Mount Carmel Health, which credits NIMH).',
    url: 'https://mountcarmelhealth.com/newsroom/blog-articles/self-care',
  },
  {
    id: 'nhs-five-steps',
    citation: 'NHS. 5 steps to mental wellbeing.',
    url: 'https://www.nhs.uk/conditions/stress-anxiety-depression/improve-mental-wellbeing/',
  },
  {
    id: 'abou-seif-2022',
    citation:
      'Abou Seif N, John-Baptiste Bastien R, Wang B, et al. Effectiveness, acceptability and potential harms of peer support for self-harm in non-clinical settings: systematic review. BJPsych Open 2022;8:e28.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8811789/',
  },
  {
    id: 'mind-side-by-side',
    citation:
      'Mind. Side by Side online peer support community: staying well online, and how moderation works (moderated from 8 am to midnight; not a crisis service).',
    url: 'https://sidebyside.mind.org.uk/staying-well-online',
  },
  {
    id: 'selfharmuk-moderation',
    citation: 'selfharmUK (alumina). It’s all the internet’s fault: why the community’s posts are moderated.',
    url: 'https://www.selfharm.co.uk/get-information/the-myths/its-all-the-internets-fault',
  },
  {
    id: 'beyond-blue-forums',
    citation:
      'Beyond Blue. Online community gives hope to people who are in suicidal crises (forums are anonymous; all posts are monitored by moderators). 2018.',
    url: 'https://www.beyondblue.org.au/media/media-releases/media-releases/online-community-gives-hope-to-people-who-are-in-suicidal-crises',
  },
  {
    id: 'nami-connection',
    citation: 'NAMI. NAMI Connection Recovery Support Group: free, weekly, led by trained peers living with a mental health condition.',
    url: 'https://www.nami.org/Press-Media/Press-Releases/2010/NAMI-Connection-Recovery-Support-Group-Celebrates',
  },
  {
    id: 'orygen-chatsafe',
    citation: 'Orygen. #chatsafe: a young person’s guide for communicating safely online about self-harm and suicide, 2nd edition.',
    url: 'https://www.orygen.org.au/Training/Resources/Self-harm-and-suicide-prevention/Guidelines/chatsafe-A-young-person-s-guide-for-communicatin',
  },
  {
    id: 'orygen-chatsafe-responding',
    citation: 'Orygen. #chatsafe: responding to someone who may be in danger; take a break and look after yourself.',
    url: 'https://orygen.org.au/chatsafe/responding',
  },
  {
    id: 'samaritans-online-safely',
    citation: 'Samaritans. How to talk about your experiences of self-harm and suicidal feelings online safely.',
    url: 'https://www.samaritans.org/about-samaritans/research-policy/internet-suicide/online-safety-resources/how-talk-about-your-experiences-self-harm-and-suicidal-feelings-online-safely/',
  },
  {
    id: 'sirr-reaching-out',
    citation: 'Ernhout C, Whitlock J. Reaching out for help: talking about ongoing self-injury. Self-Injury & Recovery Resources, Cornell University.',
    url: 'https://vdocuments.net/reaching-out-for-help-cornell-university.html',
  },
  {
    id: 'bettis-2023',
    citation:
      'Bettis AH, Burke TA, Scott S, et al. Disclosures of self-injurious thoughts and behaviors to parents in the context of adolescent therapy: a qualitative investigation. Journal of Clinical Psychology 2024;80:537–558.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10922370/',
  },
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof references)[number]['id'];
