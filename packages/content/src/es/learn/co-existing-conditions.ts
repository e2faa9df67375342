// Learn page in Spanish: conditions that often come with self-harm (mirror of learn/co-existing-conditions.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const coExistingConditionsEs: LearnPage = {
  id: 'other-conditions',
  title: 'Otros problemas que pueden acompañar a la autolesión',
  summary: 'Depresión, ansiedad, TLP, TEPT, trastornos alimentarios y consumo de sustancias: qué son y por qué tratarlos ayuda.',
  written: '2026-11-30',
  topic: 'conditions',
  blocks: [
    {
      kind: 'paragraph',
      text: 'La autolesión suele venir acompañada de otros problemas de salud mental. Tratarlos es importante. Cuando el problema mejora, la autolesión también puede volverse más fácil de manejar. Un diagnóstico es el nombre de un patrón. No es quien eres.',
    },
    { kind: 'heading', text: 'Depresión' },
    {
      kind: 'paragraph',
      text: 'La depresión es más que un mal día. Puedes tener el ánimo muy bajo casi todo el tiempo, dejar de disfrutar de las cosas y que te cueste cuidarte. La terapia psicológica ayuda, y a veces también la medicación.',
    },
    { kind: 'heading', text: 'Ansiedad' },
    {
      kind: 'paragraph',
      text: 'La ansiedad es una preocupación o un miedo que no se va y que te complica la vida. Puede aparecer como pánico, miedo a otras personas o pensamientos que no puedes frenar. Se usa a menudo la TCC, y a muchas personas les funciona bien.',
    },
    { kind: 'heading', text: 'Trastorno límite de la personalidad' },
    {
      kind: 'paragraph',
      text: 'También se llama trastorno de inestabilidad emocional de la personalidad. Significa que las emociones llegan con mucha fuerza y cuesta sobrellevarlas, y que las relaciones pueden resultar difíciles. Lo que más ayuda son las terapias psicológicas, como la DBT. Las guías del Reino Unido dicen que nunca deben rechazarte en un servicio por este diagnóstico, ni por autolesionarte.',
    },
    { kind: 'heading', text: 'TEPT' },
    {
      kind: 'paragraph',
      text: 'El trastorno de estrés postraumático puede aparecer después de algo aterrador o doloroso. El recuerdo vuelve como si lo vivieras otra vez, o en pesadillas. Puede que evites lo que te lo recuerda y que te cueste relajarte. La TCC centrada en el trauma y el EMDR pueden ayudar mucho.',
    },
    { kind: 'heading', text: 'Trastornos alimentarios' },
    {
      kind: 'paragraph',
      text: 'Un trastorno alimentario es cuando la preocupación por la comida, el peso o la figura se apodera de tu vida. Los trastornos alimentarios se pueden tratar, y la gente sí se recupera. Si tienes uno, lee las precauciones antes de cualquier habilidad que use el cuerpo, y habla con tu médico.',
    },
    { kind: 'heading', text: 'Alcohol y drogas' },
    {
      kind: 'paragraph',
      text: 'Algunas personas usan el alcohol o las drogas para sobrellevar lo que sienten. El alcohol suele estar presente en el momento anterior a la autolesión. Estrecha tu forma de pensar, y así cuesta más ver otras maneras de afrontarlo. Existe ayuda para el consumo de alcohol y drogas, y puede formar parte de tu atención.',
    },
    { kind: 'heading', text: 'Dónde pedir ayuda' },
    {
      kind: 'list',
      items: [
        'Empieza por tu médico. Cuéntale todo lo que estás viviendo, no solo la autolesión.',
        'Pregunta por una terapia psicológica. En Inglaterra, NHS Talking Therapies puede ayudar con la depresión, la ansiedad y el TEPT.',
        'Para los trastornos alimentarios, en el Reino Unido la organización benéfica Beat ofrece líneas de ayuda y apoyo en línea.',
      ],
    },
    { kind: 'tool', to: { screen: 'learn', id: 'getting-treatment' }, text: 'Leer: pedir ayuda' },
    { kind: 'tool', to: { screen: 'help' }, text: 'Pedir ayuda ahora' },
  ],
  sources: [
    'nice-cg133-ifp',
    'nhs-scotland-self-harm',
    'nhs-self-harm-treatment',
    'mind-antidepressants',
    'mind-bpd-treatment',
    'nice-cg78',
    'nihr-emdr-ptsd',
    'health-in-mind-emdr',
    'nhs-talking-therapies',
    'beat-guide',
    'alcohol-self-harm-2019',
  ],
};
