// Wording Ebb must never use in Spanish (docs/clinical-rules.md rules 5, 6, 11 and 13), as context-aware rules in the form of
// language-rules.ts: a pattern, the everyday phrases in `except` that stay allowed, and why each is as wide or
// narrow as it is. Spanish text is also held to every English rule (see find-unsafe-language.ts in core).
//
// Sources for the wording (read 30 November 2026):
// - OMS, "Prevención del suicidio: un recurso para profesionales de los medios de comunicación", as summarised
//   in Acosta Artiles et al., "Noticias sobre suicidio en los medios de comunicación. Recomendaciones de la
//   OMS", Rev Esp Salud Pública 2017;91:e201710040 (http://www.redalyc.org/articulo.oa?id=17049838039);
// - Comisión Nacional de Salud Mental y Adicciones (Conasama, México), course for the media, reported at
//   https://sintesis.com.mx/tlaxcala/?p=265858: avoid "se ha suicidado" and "suicidio consumado", say "ha
//   muerto por suicidio";
// - psiquiatria.com, "Suicidio en los medios de comunicación": avoid "epidemia de suicidios";
// - Papageno (Spain), https://papageno.es: responsible reporting of suicidal behaviour.
// The self-harm, clean-time and blame words follow the English rules' reasons (NICE NG225, Samaritans).
//
// Deliberately never flagged, because Ebb's Spanish needs them: "autolesión", "autolesionarse" and "una
// persona que se autolesiona", "hacerte daño", "suicidio", "pensamientos suicidas", "ideas de suicidio",
// "conducta suicida", "pensar en suicidarte" (asking directly is recommended), "murió por suicidio", "se quitó
// la vida", "sobredosis" and "intoxicación" (any overdose needs urgent help), "sangrado", "puntos", "un corte"
// or "una quemadura" as a first-aid noun, "un tropiezo", "recaídas" only in "prevención de recaídas", bare
// "fracaso" ("un tropiezo no es un fracaso") and "riesgo de infección". "Me siento asfixiado" and "siento que
// me ahogo" are how people say panic feels, so breath words are not flagged here.
//
// Method and implement words are in method-rules-es.ts, stored encoded (rule 3 covers fixtures too).
import type { LanguageRule } from './language-rules.ts';

/** The rest of a word, accents included: `\w` is ASCII-only, so "suicid\w*" would stop before "ó". */
const rest = '[\\p{L}\\p{M}]*';
const numberWord = '(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|varios|varias|muchos|muchas|unos|unas)';
const period = '(?:días?|semanas?|mes|meses|años?|noches?)';
const personNoun = '(?:personas?|gente|pacientes?|jóvenes|joven|adolescentes?|chic[oa]s?|niñ[oa]s?|hombres?|mujer(?:es)?|usuari[oa]s?|estudiantes?)';
const determiner = '(?:un|una|unos|unas|el|la|los|las|del|al|este|esta|estos|estas|ese|esa|esos|esas|otro|otra|otros|otras)';
/** Negations that turn a blaming phrase into Ebb's own reassurance ("no vuelves a cero", "nada borra…"). */
const notBefore = `(?<!(?:no|nunca|jamás|nada|ni) (?:[\\p{L}]+ ){0,2})`;

export const languageRulesEs: readonly LanguageRule[] = [
  // ── Person-first labels (rule 11). No everyday sense Ebb's copy needs, so they are stems.
  { kind: 'person-label', pattern: `autolesionador${rest}|cortador(?:a|es|as)?`, instead: 'una persona que se autolesiona' },
  // "Suicida" is an adjective Ebb needs ("pensamientos suicidas", "conducta suicida"); right after a
  // determiner it is a noun for a person ("un suicida"), and after a person noun it labels one, as
  // "a suicidal person" does in English. "Víctima" turns a death into a crime story.
  {
    kind: 'person-label',
    pattern: `${determiner} suicidas?|${personNoun} suicidas?|víctimas? (?:del|de) suicidio|suicidas consumados|${determiner} autolesiv[oa]s`,
    instead: 'una persona con pensamientos de suicidio / que murió por suicidio',
  },
  // The service-use labels that make returning for help sound like a fault.
  { kind: 'person-label', pattern: `hiperfrecuentador${rest}|reincidentes?`, instead: 'una persona que vuelve a pedir ayuda' },

  // ── Suicide wording. Each is a phrase with no safe reading. "Cometer" frames suicide as a crime or sin; the
  // past tense "se suicidó" reports a death the way the guidance advises against ("murió por suicidio");
  // "suicidarse" in a question about thoughts ("¿piensas en suicidarte?") stays.
  {
    kind: 'suicide-wording',
    pattern: `comet${rest}(?: un)? (?:suicidios?|autolesi${rest})|suicidios? (?:fue|fueron|ha sido|han sido) cometidos?`,
    instead: 'murió por suicidio / se quitó la vida',
  },
  {
    kind: 'suicide-wording',
    pattern: `(?:se|me|te) (?:(?:ha|han|había|habían|haya|hubiera|hubiese) )?suicid(?:ó|aron|ado|ada|ados|adas)`,
    instead: 'murió por suicidio',
  },
  {
    kind: 'suicide-wording',
    pattern: `(?:suicidios?|intentos? de suicidio|intentos? suicidas?|intentos?|tentativas?(?: de suicidio)?) (?:consumad|exitos|logrado|lograd|fallid|frustrad|fracasad)${rest}|(?:logr|consigui)${rest} (?:suicidarse|quitarse la vida|matarse)`,
    // Ebb's lock screen says "inténtalo de nuevo", never "intentos fallidos": in an app about self-harm the phrase reads one way.
    instead: 'murió por suicidio / sobrevivió a un intento de suicidio',
  },
  // "Epidemia" has no use in Ebb's copy; waves, fashions and soaring rates make it news.
  {
    kind: 'suicide-wording',
    pattern: `epidemias?|(?:ola|oleada|moda|plaga)s? de (?:suicidios?|autolesiones)|(?:suicidios?|autolesiones) (?:se disparan|dispara${rest}|en aumento alarmante)`,
    instead: 'el aumento de las tasas',
  },

  // ── Clean, streak, reset and guilt words (rules 6, 11 and 13). "Limpio" is everyday (ropa limpia, agua
  // limpia, mantén la herida limpia), so only its recovery sense is flagged: a duration ("30 días limpio"),
  // or a person being or staying clean at a clause's end or before "desde", "durante" or "ya".
  {
    kind: 'clean-streak-guilt',
    pattern: `${numberWord} (?:${period}) (?:limpi[oa]s?|sobri[oa]s?)|(?:llevo|llevas|lleva|estoy|estás|está|estamos|están|estar|estuve|estuviste|estuvo|sigo|sigues|sigue|seguir|mantente|mantenerte|mantenerme|mantenerse) (?:(?:ya|todavía|aún|muy|totalmente) )?(?:limpi[oa]s?|sobri[oa]s?)(?= (?:desde|durante|hace|ya|otra vez|de nuevo)(?![\\p{L}])|[.,;:!?"')]|$)|limpi[oa]s? (?:desde hace|durante) (?:[\\p{L}\\p{N}]+ ){1,2}${period}`,
    except: [
      // Wound care and everyday things: the thing, not the person, is clean.
      `(?:herida|zona|apósito|vendaje|gasa|piel|ropa|toalla|manos|habitación|cuarto|casa|agua|cocina) (?:[\\p{L}]+ ){0,3}limpi[oa]s?(?: (?:durante|desde|hace)(?: [\\p{L}\\p{N}]+){1,3})?`,
      `(?:mantén|mantenla|mantenlo|mantenlas|mantenlos|mantener|mantenerla|mantenerlo|mantenga|deja|déjala|déjalo|dejar|conserva|conservar) (?:[\\p{L}]+ ){0,3}limpi[oa]s?(?: (?:durante|desde|hace)(?: [\\p{L}\\p{N}]+){1,3})?`,
    ],
    instead: 'días sin autolesiones',
  },
  // "Sucio" is judgement about a person (rule 11), even as a feeling; a dirty wound or dressing passes.
  {
    kind: 'clean-streak-guilt',
    pattern: 'suci[oa]s?',
    except: [
      '(?:heridas?|vendajes?|apósitos?|gasas?|manos|agua|ropa|platos) suci[oa]s?',
      '(?:herida|vendaje|apósito|zona) (?:está|esté|parece|se ve) suci[oa]',
    ],
    instead: '(describe sin juzgar)',
  },
  // Ebb has no streaks (rule 6). "Una mala racha" (a rough patch) is everyday and kind, and wind comes in gusts.
  { kind: 'clean-streak-guilt', pattern: 'rachas?', except: ['malas? rachas?', 'rachas? de viento'], instead: 'cuenta el progreso acumulado' },
  // Reset wording after a slip, negation-aware: "un tropiezo no te devuelve a cero" is a kind promise.
  // "Empezar de nuevo" (start again) stays; only zero and day one are flagged.
  {
    kind: 'clean-streak-guilt',
    pattern: `${notBefore}(?:vuelv${rest}|volv${rest}|devuelv${rest}|devolv${rest}|regres${rest}) (?:a|al) (?:la )?(?:cero|día (?:uno|1|cero)|casilla de salida)|(?:empez${rest}|empiez${rest}|comenz${rest}|comienz${rest}|cont${rest}|cuent${rest}) (?:de nuevo |otra vez )?desde (?:cero|el día (?:uno|1|cero))|(?:contador|cuenta|racha|días)(?: se)? (?:reinicia${rest}|pone a cero|puso a cero|borra${rest})|(?:reinici${rest}|pon${rest}) (?:el contador|la cuenta|los días|la racha)(?: a cero)?`,
    instead: 'un tropiezo nunca borra lo que has logrado',
  },
  {
    kind: 'clean-streak-guilt',
    pattern: `${notBefore}(?:perd${rest}|pierd${rest}|romp${rest}|rot[oa]|arruin${rest}) (?:todo |todos )?(?:tu|tus|mi|mis|su|sus) (?:progreso|progresos|racha|avances?|días|logros?)`,
    instead: 'un tropiezo nunca borra lo que has logrado',
  },
  // Ebb's word is "tropiezo": "recaída" is the language of illness returning and of addiction, and "recaíste"
  // reads as a verdict. "Prevención de recaídas" is the name of an approach, so it passes.
  {
    kind: 'clean-streak-guilt',
    pattern: 'reca(?:ídas?|er|í|íste|iste|yó|yeron|yendo|es|e|en|igo|igas?)',
    except: ['prevención de (?:las )?recaídas'],
    instead: 'un tropiezo',
  },
  // Failure, named at the person; "un tropiezo no es un fracaso" is Ebb's own line, so bare "fracaso" passes.
  {
    kind: 'clean-streak-guilt',
    pattern: `${notBefore}(?:(?:eres|fuiste|sois|has sido) (?:un |una )?(?:fracas(?:o|ad[oa])|fracasad[oa]s?)|(?:has|habéis) (?:fracasado|fallado)|fracasaste|fallaste|(?:tu|este|el) tropiezo (?:es|fue) un fracaso|pantallas? de fracaso)`,
    instead: 'un tropiezo es información, no un fracaso',
  },
  // Blame and shame said to a person.
  {
    kind: 'clean-streak-guilt',
    pattern: `deberías (?:estar|sentirte) (?:tan |muy )?(?:avergonzad[oa]|culpable)|debería darte vergüenza|avergüénzate|qué vergüenza|(?:nos|me|les|te) (?:has|han) (?:decepcionado|defraudado)|(?:decepcionaste|defraudaste) a|(?:lo )?(?:has|volviste a|has vuelto a) (?:hecho|hacerlo) otra vez|no hay excusa`,
    instead: 'un tropiezo es información; trátate con la amabilidad con que tratarías a un amigo',
  },

  // ── Risk labels and prediction (rule 5). "Riesgo de infección" and "factores de riesgo" stay; a person
  // is never "en riesgo", in a band, or given a score, and nothing predicts self-harm. "En riesgo" is flagged
  // in every use, as "at risk" is in English: "en peligro" says the same without the label.
  {
    kind: 'risk-label',
    pattern: `(?:en|de) (?:(?:alto|bajo|mayor|menor|grave|serio|cierto) )?riesgo(?! de infección)|(?:alto|bajo|medio|elevado|moderado|máximo|mínimo) riesgo|riesgo (?:alto|bajo|medio|elevado|moderado|extremo|grave)|(?:niveles?|puntuación|puntuaciones|escalas?|grados?|categorías?|evaluación|valoración|perfil|perfiles|grupos?|calculadora|predicción|estratificación) de riesgo|(?:tu|su|mi|un|el) riesgo (?:de suicidio|suicida|de autolesi${rest})`,
    except: ['(?:factores?|situaciones?|conductas?) de riesgo'],
    instead: 'apoyo y el plan, nunca una etiqueta',
  },
  {
    kind: 'risk-label',
    pattern: `(?:probabilidad(?:es)?|posibilidad(?:es)?|probable|improbable) (?:de|que) (?:vuelvas a |volver a )?(?:autolesi${rest}|suicid${rest}|recaer|recaigas|morir|mueras|intentarlo)|(?:predec${rest}|predic${rest}|predig${rest}) (?:el |un |tu |los |las |una )?(?:suicidio|autolesi${rest}|riesgo|recaídas?|tropiezos?)`,
    instead: 'apoyo y el plan, nunca una predicción',
  },

  // ── Stigma and blame. "Llamar la atención" turns distress into a tactic; "me llamó la atención" (it caught
  // my eye), getting someone's attention in an emergency and "busca atención médica" pass.
  {
    kind: 'stigma',
    pattern: `llam${rest} la atención|busc${rest} (?:llamar la )?atención|manipulador(?:a|es|as)?|manipulación|chantaje emocional|grito de (?:ayuda|auxilio)`,
    except: [
      `(?:me|te|le|nos|os|les) llam${rest} la atención`,
      'llamar la atención (?:de|a) (?:alguien|una persona|un adulto|quien)',
      // Seeking medical attention is what Ebb asks for after an injury.
      `busc${rest} atención (?:médica|sanitaria|urgente|profesional|psicológica|inmediata|de urgencias?)`,
    ],
    instead: 'pedir ayuda / expresar malestar',
  },
  // "No es egoísta pedir ayuda" is kind and passes: only calling the act selfish or cowardly is flagged.
  {
    kind: 'stigma',
    pattern: `(?<!(?:no|nunca) )(?:es|era|fue) (?:tan |muy |un acto |algo )?(?:egoísta|cobarde)|cobardes?|cobardía|(?:la )?salida fácil`,
    instead: '(describe el dolor, no un juicio)',
  },
  // Labels for people with a mental health problem. "No estás loco" is a kind thing to say, so bare "loco"
  // passes; the phrases that only insult are flagged.
  {
    kind: 'stigma',
    pattern: `psicópatas?|locos? de atar|chalad[oa]s?|zumbad[oa]s?|tarad[oa]s?|lunátic[oa]s?|esquizos?|(?:los|las) locos|manicomios?|(?:los|un|una|el|la) enferm[oa]s? mentales?`,
    instead: 'una persona con un problema de salud mental',
  },

  // ── Graphic wound description (rule 4). First aid may say "herida", "sangrado" and "puntos".
  {
    kind: 'wound-description',
    pattern: `tajos?|a borbotones|chorros? de sangre|charcos? de sangre|bañad[oa]s? en sangre|empapad[oa]s? (?:de|en) sangre|ensangrentad[oa]s?|desangr${rest}|(?:heridas?|cortes?) (?:abiert[oa]s? )?(?:enorme|espantos|horrible)${rest}`,
    instead: 'una herida que puede necesitar puntos / un sangrado abundante',
  },
];
