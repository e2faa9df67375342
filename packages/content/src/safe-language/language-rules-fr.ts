// Wording Ebb must never use in French (docs/clinical-rules.md rules 5, 6, 11 and 13), as context-aware rules in the form of
// language-rules.ts: a pattern, the everyday phrases in `except` that stay allowed, and why each is as wide or
// narrow as it is. French text is also held to every English rule (see find-unsafe-language.ts in core).
//
// Sources for the wording (read 30 November 2026):
// - Programme Papageno (France), "Comment couvrir un suicide ?", https://papageno-suicide.com/journaliste-3/;
// - Association canadienne de psychiatrie, "Lignes directrices pour les médias" (Sinyor et al., Can J
//   Psychiatry 2018;63(3):182–196, tableau 2, https://pmc.ncbi.nlm.nih.gov/articles/PMC5846968/): avoid
//   "commettre", "a commis un suicide", "réussi/manqué", "tentatives échouées"; say "il est mort par suicide";
// - 988 Canada, "Conseils à l'intention des médias": no "commettre", "raté", "réussi", "accompli";
// - Stop Suicide (Suisse), "Points de repère à l'usage des journalistes", http://www.stopsuicide.ch: no
//   "commettre un suicide", "suicide raté", "lâche"; "l'augmentation des taux" rather than "vague de suicides";
// - iFightDepression (fr), "Recommandations pour les médias": no "épidémie de suicides";
// - AQPS (Québec), https://aqps.info/medias/, and INSPQ, "Bonnes pratiques sur la couverture médiatique du suicide".
// Stop Suicide accepts "elle s'est suicidée"; Ebb flags it all the same, as it flags "killed herself" in
// English, because "elle est morte par suicide" or "elle a mis fin à ses jours" says it without the report.
// The self-harm, clean-time and blame words follow the English rules' reasons (NICE NG225, Samaritans).
//
// Deliberately never flagged, because Ebb's French needs them: "automutilation", "s'automutiler" and "une
// personne qui s'automutile", "te faire du mal", "suicide", "pensées suicidaires", "idées suicidaires", "crise
// suicidaire", "se sentir suicidaire", "mourir par suicide", "mort par suicide", "mettre fin à ses jours",
// "surdose" and "intoxication" (any overdose needs urgent help), "saignement", "points de suture", "une coupure"
// or "une brûlure" as a first-aid noun, "un écart", "un faux pas", bare "échec" ("un écart n'est pas un
// échec"), "rechute" only in "prévention de la rechute", and "risque d'infection".
//
// Method and implement words are in method-rules-fr.ts, stored encoded (rule 3 covers fixtures too).
import type { LanguageRule } from './language-rules.ts';

/** The rest of a word, accents included: `\w` is ASCII-only, so "suicid\w*" would stop before "é". */
const rest = '[\\p{L}\\p{M}]*';
const numberWord = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs|quelques)';
const period = '(?:jours?|semaines?|mois|ans?|années?|nuits?)';
const personNoun =
  '(?:personnes?|gens|patient(?:e|s|es)?|jeunes?|adolescent(?:e|s|es)?|ados?|enfants?|hommes?|femmes?|individus?|utilisat(?:eur|rice)s?|élèves?|étudiant(?:e|s|es)?)';
const determiner = "(?:un|une|le|la|l'|les|des|du|aux|ces|ce|cet|cette)";

export const languageRulesFr: readonly LanguageRule[] = [
  // ── Person-first labels (rule 11). "Suicidaire" is an adjective Ebb needs ("pensées suicidaires", "se sentir
  // suicidaire"); right after a determiner it is a noun for a person ("un suicidaire"), and after a person noun
  // it labels one, as "a suicidal person" does in English. "Suicidant" is the clinic's word for a person
  // after an attempt, "automutilé" a person made into their behaviour; "automutilation" and "s'automutiler"
  // stay, because the French health services use them for self-harm.
  {
    kind: 'person-label',
    pattern: `${determiner} ?(?:automutilé(?:e|s|es)?|automutilat(?:eur|rice)s?|suicidaires|suicidaire|suicidé(?:e|s|es)?|suicidant(?:e|s|es)?)|${personNoun} (?:suicidaires?|automutilé(?:e|s|es)?|suicidant(?:e|s|es)?)|victimes? (?:du|de) suicide`,
    instead: 'une personne qui a des pensées suicidaires / qui s’automutile',
  },
  // "Récidive" and "récidiviste" are the words of crime and of relapsing illness.
  { kind: 'person-label', pattern: `récidiv${rest}`, instead: 'une personne qui revient demander de l’aide' },

  // ── Suicide wording. "Commettre" frames suicide as a crime; success and failure words make a death an
  // achievement; "s'est suicidé(e)" reports a death as the guidance advises against ("est mort(e) par suicide").
  {
    kind: 'suicide-wording',
    pattern: `(?:commett${rest}|commis) (?:un |le )?suicides?|suicides? (?:a été |ont été |est )?commis`,
    instead: 'est mort(e) par suicide / a mis fin à ses jours',
  },
  { kind: 'suicide-wording', pattern: `(?:s'est|se sont|s'était|s'étaient) suicidé(?:e|s|es)?`, instead: 'est mort(e) par suicide' },
  {
    kind: 'suicide-wording',
    pattern: `(?:suicides?|tentatives?(?: de suicide)?) (?:réussi|raté|manqué|échoué|accompli|abouti)${rest}|(?:a |ont )?réussi à (?:se suicider|se tuer|mettre fin à ses jours)`,
    // Ebb's lock screen says "réessaie", never "tentatives échouées": in an app about self-harm the phrase reads one way.
    instead: 'est mort(e) par suicide / a survécu à une tentative de suicide',
  },
  // "Épidémie" has no use in Ebb's copy; waves and explosions make it news.
  {
    kind: 'suicide-wording',
    pattern: `épidémies?|(?:vague|série|mode|flambée)s? de (?:suicides?|automutilations?)|explosion des (?:suicides|automutilations)`,
    instead: 'l’augmentation des taux',
  },

  // ── Clean, streak, reset and guilt words (rules 6, 11 and 13). "Propre" is everyday (une plaie propre, des
  // mains propres), so only its recovery sense is flagged: a duration ("30 jours clean"), or a person being
  // or staying clean at a clause's end or before "depuis" or "pendant". "Clean" is the loanword people use.
  {
    kind: 'clean-streak-guilt',
    pattern: `${numberWord} (?:${period}) (?:clean|propres?|sobres?|sans rechute)|(?:je suis|tu es|il est|elle est|on est|nous sommes|vous êtes|être|rester|reste|restes|resté|restée|suis resté|suis restée) (?:(?:encore|toujours|déjà) )?(?:clean|propres?|sobres?)(?= (?:depuis|pendant|maintenant)(?![\\p{L}])|[.,;:!?"')]|$)|clean depuis|propres? depuis (?:[\\p{L}\\p{N}]+ ){1,2}${period}`,
    except: [
      // Wound care and everyday things: the thing, not the person, is clean.
      `(?:plaie|blessure|zone|pansement|compresse|peau|brûlure|coupure|mains|linge|serviette|chambre|eau) (?:[\\p{L}]+ ){0,3}propres?(?: (?:pendant|depuis)(?: [\\p{L}\\p{N}']+){1,3})?`,
    ],
    instead: 'jours sans automutilation',
  },
  // "Sale" is judgement about a person (rule 11), even as a feeling ("je me sens sale"); a dirty wound or
  // dressing passes. The adjective follows the noun, so only "se sentir sale" and "tu es sale" are flagged.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?:me|te|se|nous|vous) sen${rest} sales?|(?:tu es|je suis|t'es|vous êtes) sales?`,
    instead: '(décris sans juger)',
  },
  // Ebb has no streaks (rule 6); a "série" of exercises or a TV series passes, a run of days does not.
  {
    kind: 'clean-streak-guilt',
    pattern: `séries? (?:de (?:\\d+ |[\\p{L}]+ )?jours|en cours)|(?:perd${rest}|bris${rest}|cass${rest}) (?:ta|sa|ma|votre|la) série`,
    instead: 'compte les progrès de façon cumulée',
  },
  // Reset wording after a slip. French negation brackets the verb ("tu ne repars pas de zéro"), so the kind
  // promise does not match; "rien ne te ramène à zéro" is caught by the lookbehind.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?<!(?:ne|n') (?:te |vous |me |le )?)(?:retour${rest}|rev${rest}|repar${rest}|recommenc${rest}|ramèn${rest}|ramen${rest}|retomb${rest}) (?:à|de|depuis) (?:zéro|0|la case départ|jour (?:un|1|zéro))|(?:compteur|décompte|série|jour)s? (?:est |sont |a été |ont été |sera |seront )?(?:remis?e?s? à zéro|réinitialisée?s?|effacée?s?)`,
    instead: 'un écart n’efface jamais ce que tu as fait',
  },
  {
    kind: 'clean-streak-guilt',
    pattern: `(?<!(?:pas|jamais|rien|plus|ne) )(?:perd${rest}|bris${rest}|cass${rest}|ruin${rest}|gâch${rest}) (?:tout |tous )?(?:ta|tes|ton|ma|mes|mon|sa|ses|son|votre|vos) (?:progrès|progression|série|jours|compteur|acquis)`,
    instead: 'un écart n’efface jamais ce que tu as fait',
  },
  // Ebb's word is "écart": "rechute" is the language of illness and addiction returning, and "tu as rechuté"
  // reads as a verdict. "Prévention de la rechute" is the name of an approach, so it passes.
  { kind: 'clean-streak-guilt', pattern: `rechut${rest}`, except: ['prévention (?:de la |des )?rechutes?'], instead: 'un écart' },
  // Failure, named at the person or at a slip. "Un écart n'est pas un échec" is Ebb's own line: the negation
  // puts "pas" between the verb and "un échec", so it does not match.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?:tu as|t'as|vous avez) échoué(?! à (?:enregistrer|charger|ouvrir|lire|se connecter|supprimer))|(?:tu es|t'es|tu étais|vous êtes|tu as été) (?:un |une )?(?:échec|raté|ratée|nul|nulle|loser)|(?:c'est|c'était) un échec|(?:ton|ce|cet|un|l') ?(?:écart|faux pas|rechute) (?:est|était|a été) un échec|écrans? d'échec`,
    instead: 'un écart est une information, pas un échec',
  },
  // Blame and shame said to a person.
  {
    kind: 'clean-streak-guilt',
    pattern: `(?:tu devrais|vous devriez) (?:avoir honte|te sentir coupable|vous sentir coupables?)|honte à (?:toi|vous)|(?:tu nous as|tu m'as|tu les as|vous nous avez) (?:déçus?|laissés? tomber)|tu l'as (?:encore )?refait|tu as encore recommencé|aucune excuse`,
    instead: 'un écart est une information ; sois aussi bienveillant(e) envers toi qu’envers un ami',
  },

  // ── Risk labels and prediction (rule 5). "Risque d'infection" stays; a person is never "à risque", in a
  // band, or given a score, and nothing predicts self-harm.
  {
    kind: 'risk-label',
    pattern: `à (?:(?:haut|faible|fort|très haut|grand|moindre) )?risque|(?:haut|fort|faible|bas|moyen|élevé|grand) risque|risque (?:élevé|faible|fort|modéré|moyen|grave|extrême)|(?:scores?|niveaux?|échelles?|grilles?|catégories?|évaluation|profils?|groupes?|calcul|prédiction|stratification) (?:du |de |des )?risques?|(?:ton|votre|son|mon|un|le) risque (?:suicidaire|de suicide|d'automutilation)`,
    // Risky situations are part of a plan's warning signs: the label is for people, not moments.
    except: ['(?:situations?|conduites?|comportements?|moments?) à risque'],
    instead: 'du soutien et le plan, jamais une étiquette',
  },
  {
    kind: 'risk-label',
    pattern: `(?:probabilités?|chances?|risques?) (?:de |d'|que )(?:tu )?(?:suicide|te suicider|automutil${rest}|rechut${rest}|mourir|meures|passage à l'acte|recommencer)|prédi${rest} (?:le |la |les |un |une |ton |votre )?(?:suicide|automutilation|risque|rechutes?|écarts?|passages? à l'acte)`,
    instead: 'du soutien et le plan, jamais une prédiction',
  },

  // ── Stigma and blame. Attention-seeking turns distress into a tactic; getting a passer-by's attention in
  // an emergency passes.
  {
    kind: 'stigma',
    pattern: `cherch${rest} (?:à attirer l'|de l'|l')attention|attir${rest} l'attention|pour (?:se faire remarquer|qu'on (?:le|la|les) remarque)|manipulat(?:eur|rice|eurs|rices)|manipulation|chantage (?:affectif|émotionnel|au suicide)|appel (?:à l'aide|au secours)`,
    except: [`attir${rest} l'attention (?:de |d'|du |des )(?:quelqu'un|une personne|un passant|passants|la personne|personnel|secours)`],
    instead: 'demander de l’aide / exprimer une détresse',
  },
  // "Ce n'est pas égoïste de demander de l'aide" is kind and passes (negation puts "pas" in between); calling
  // the act selfish or cowardly is flagged. "Lâcher prise" and "ne lâche rien" share the word and pass.
  {
    kind: 'stigma',
    pattern: `(?:le suicide|l'automutilation|c'est|c'était|est|était) (?:(?:si|tellement|vraiment|très|juste|un acte|un geste) )?(?:égoïste|lâche)s?|lâcheté|solution de facilité`,
    instead: '(décris la douleur, pas un jugement)',
  },
  // Labels for people with a mental health problem. "Tu n'es pas fou" is a kind thing to say, so bare "fou"
  // passes; the words that only insult are flagged.
  {
    kind: 'stigma',
    pattern: `psychopathes?|tarée?s?|cinglée?s?|barjots?|schizos?|fous? à lier|asiles? de fous|malades mentaux|aliénée?s?`,
    instead: 'une personne qui a un problème de santé mentale',
  },

  // ── Graphic wound description (rule 4). First aid may say "plaie", "saignement" and "points de suture".
  // "Un vide béant" is how emptiness feels, so it passes.
  {
    kind: 'wound-description',
    pattern: `entailles? profondes?|béant${rest}|gicl${rest}|sang (?:qui gicle|qui jaillit)|jaill${rest} du sang|mares? de sang|bains? de sang|baignant dans (?:son|le) sang|imbibée?s? de sang|vid${rest} de son sang|ensanglantée?s?`,
    except: ['(?:vide|trou|manque) béant'],
    instead: 'une plaie qui peut nécessiter des points / un saignement abondant',
  },
];
