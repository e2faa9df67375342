// Learn page in Spanish: what recovery from self-harm is (mirror of learn/recovery.ts).
import type { LearnPage } from '../../learn/learn-page.ts';

export const recoveryEs: LearnPage = {
  id: 'recovery',
  title: 'Qué es la recuperación',
  summary: 'Recuperarse es posible y frecuente. Lleva tiempo, y casi nunca es un camino recto.',
  written: '2026-11-30',
  topic: 'recovery',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Recuperarse de la autolesión es posible, y es frecuente. Un gran estudio siguió a jóvenes durante muchos años. La mayoría de quienes se hacían daño en la adolescencia ya lo habían dejado al llegar a la edad adulta. Tengas la edad que tengas, el cambio es posible.',
    },
    { kind: 'heading', text: 'Recuperarse significa cosas distintas' },
    {
      kind: 'paragraph',
      text: 'Para algunas personas, recuperarse significa dejarlo. Para otras, significa hacerlo menos, o con menos frecuencia, o que les cueste menos esperar. Todo eso cuenta. Tú decides qué significa recuperarte, y eso puede cambiar con el tiempo.',
    },
    {
      kind: 'paragraph',
      text: 'Recuperarse también es más que dejarlo. Se trata de encontrar otras formas de afrontar las emociones intensas, y de construir una vida que sientas que vale la pena cuidar.',
    },
    { kind: 'heading', text: 'Casi nunca es un camino recto' },
    {
      kind: 'paragraph',
      text: 'Casi todo el mundo tiene altibajos por el camino. Puede haber semanas buenas y luego un día difícil. Un día difícil es parte del camino, y no te devuelve al punto de partida. Todo lo que has aprendido sigue siendo tuyo.',
    },
    {
      kind: 'paragraph',
      text: 'Un momento difícil puede incluso enseñarte algo. Puede mostrarte un detonante que no habías visto, una habilidad nueva que vale la pena probar o una persona a quien podrías acudir.',
    },
    { kind: 'tool', to: { screen: 'learn', id: 'after-a-slip' }, text: 'Leer: después de un tropiezo' },
    { kind: 'heading', text: 'Los impulsos pueden perder fuerza' },
    {
      kind: 'paragraph',
      text: 'Los impulsos suben, llegan a su punto más alto y bajan, como una ola. Cada vez que dejas pasar uno, aprendes que puedes hacerlo. Con práctica, muchas personas notan que los impulsos llegan menos a menudo y pasan más rápido.',
    },
    { kind: 'tool', to: { screen: 'skill', id: 'urge-surfing' }, text: 'Surfear el impulso' },
    { kind: 'heading', text: 'No tienes que hacerlo a solas' },
    {
      kind: 'paragraph',
      text: 'Cambiar lleva tiempo, así que ten paciencia contigo. Un plan para los momentos difíciles, personas de confianza y ayuda profesional pueden hacer el camino más fácil.',
    },
    { kind: 'tool', to: { screen: 'plan' }, text: 'Abrir mi plan' },
  ],
  sources: ['sirr-recovery', 'moran-2012', 'bowen-mbrp-2011', 'nice-ng225'],
};
