// "Je me suis déjà fait du mal": when and where to get medical help, in French (mirror of ../medical-help.ts),
// saying exactly what the English says and nothing more (docs/clinical-rules.md rule 10).
import type { MedicalHelp } from '../medical-help.ts';

export const medicalHelpFr: MedicalHelp = {
  reassurance: 'Tu n’as pas d’ennuis, et tu mérites des soins. Le personnel médical est là pour t’aider, pas pour te juger.',
  emergencyNowIntro: 'Appelle le numéro d’urgence maintenant si :',
  emergencyNow: [
    'le saignement ne s’est pas arrêté après 10 minutes de pression ferme',
    'tu te sens sur le point de t’évanouir, tu as très sommeil ou les idées confuses, tu as du mal à respirer ou tu as très mal',
    'une plaie est grande ou profonde, ou tu ne sens plus ou ne peux plus bouger une partie de ton corps',
    'une brûlure est grande ou profonde, ou se trouve sur ton visage ou tes mains',
    'tu as pris trop d’un médicament, quel qu’il soit, ou avalé quelque chose de nocif, même si tu te sens bien',
  ],
  poisoning:
    'Il n’existe aucune façon sans danger de prendre trop d’un médicament ou d’avaler quelque chose de nocif. Les dégâts peuvent être retardés et invisibles : toute surdose a besoin de soins médicaux urgents, même si tu te sens bien.',
  urgentCareIntro: 'Si ce n’est pas une urgence, fais-toi quand même examiner bientôt, surtout si des points de suture pourraient être nécessaires.',
  stitchesWhere: {
    GB: 'Une coupure qui pourrait avoir besoin de points de suture peut être soignée sans rendez-vous dans un centre de soins urgents (urgent treatment centre) ou une unité des blessures légères (minor injuries unit). Le NHS 111 peut t’indiquer le plus proche.',
  },
  infectionSigns: 'Consulte si la zone devient plus rouge, chaude, enflée ou douloureuse, ou si tu as de la fièvre : ce peuvent être des signes d’infection.',
  woundCare:
    'En attendant de l’aide : appuie fermement sur le saignement avec quelque chose de propre, garde la zone propre et couvre-la d’un pansement propre.',
  burns:
    'Pour une brûlure : refroidis-la sous l’eau courante fraîche pendant 20 minutes, puis couvre-la sans serrer avec du film plastique ou un sac en plastique propre. Ne mets pas de glace, de crème ni d’huile dessus.',
  firstAidGuide: { name: 'Conseils de premiers soins de St John Ambulance (en anglais)', url: 'https://www.sja.org.uk/get-advice/first-aid-advice/' },
};
