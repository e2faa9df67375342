// "Ya me hice daño": when and where to get medical help, in Spanish (mirror of medicalHelp in medical-help.ts),
// saying exactly what the English says and nothing more (docs/clinical-rules.md rule 10).
import type { MedicalHelp } from '../medical-help.ts';

export const medicalHelpEs: MedicalHelp = {
  reassurance: 'No te has metido en ningún problema, y mereces que te cuiden. El personal médico está para ayudarte, no para juzgarte.',
  emergencyNowIntro: 'Llama ahora al número de emergencias si:',
  emergencyNow: [
    'el sangrado no se ha detenido tras 10 minutos de presión firme',
    'sientes que te vas a desmayar, tienes mucho sueño o confusión, te cuesta respirar o te duele mucho',
    'una herida es grande o profunda, o no puedes sentir o mover alguna parte del cuerpo',
    'una quemadura es grande o profunda, o está en la cara o las manos',
    'has tragado demasiado de cualquier medicamento, o algo dañino, aunque te sientas bien',
  ],
  poisoning:
    'No hay ninguna forma segura de tomar demasiado de un medicamento o de tragar algo dañino. El daño puede aparecer más tarde y no notarse, así que cualquier sobredosis necesita ayuda médica urgente, aunque te sientas bien.',
  urgentCareIntro: 'Si no es una emergencia, haz que te lo revisen pronto de todos modos, sobre todo si podría necesitar puntos.',
  stitchesWhere: {
    GB: 'Un corte que puede necesitar puntos se puede tratar sin cita en un centro de atención urgente (urgent treatment centre) o en una unidad de lesiones leves (minor injuries unit). NHS 111 puede decirte cuál te queda más cerca.',
  },
  infectionSigns: 'Haz que lo revisen si se pone más rojo, caliente, hinchado o doloroso, o si sientes que tienes fiebre: pueden ser señales de infección.',
  woundCare: 'Mientras consigues ayuda: presiona con firmeza sobre el sangrado con algo limpio, mantén la zona limpia y cúbrela con un apósito limpio.',
  burns:
    'Si es una quemadura: enfríala bajo agua corriente fresca durante 20 minutos y luego cúbrela sin apretar con plástico transparente de cocina o una bolsa de plástico limpia. No le pongas hielo, cremas ni aceites.',
  firstAidGuide: { name: 'Consejos de primeros auxilios de St John Ambulance (en inglés)', url: 'https://www.sja.org.uk/get-advice/first-aid-advice/' },
};
