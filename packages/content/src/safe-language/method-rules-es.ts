// Spanish method and implement wording (docs/clinical-rules.md rules 3 and 4): ways of self-harming, tools, substances,
// amounts, places and body sites, in the form of method-rules.ts and stored base64-encoded (of UTF-8, since the
// words carry accents) so that no readable method word appears anywhere in the codebase. Recall matters most
// here, so nouns are stems and the everyday idioms Ebb's Spanish may need are exceptions; verbs with everyday
// senses are flagged only when self-directed. Spanish text is also held to the English method rules (a quoted
// English word is no safer). To read one: `node -e "console.log(Buffer.from(process.argv[1], 'base64').toString())" <text>`;
// encode with `Buffer.from(text).toString('base64')`. Add the phrase that prompted a change to the Spanish corpus
// (encoded if it should be flagged).
import type { EncodedRule } from './method-rules.ts';

export const methodRulesEncodedEs: readonly EncodedRule[] = [
  // Implement nouns with an edge. No everyday use in Ebb's copy. The English loanword for one is the English person-label rule's, which Spanish text is held to as well.
  {
    pattern:
      'Y3VjaGlsbGFzP3xuYXZhamFzP3xjdWNoaWxsb3M/fHRpamVyYXN8aG9qYXM/IGRlIGFmZWl0YXJ8bWFxdWluaWxsYXM/IGRlIGFmZWl0YXJ8YmlzdHVyw61zP3xiaXN0dXLDrWVzfHNhY2FwdW50YXN8Y8O6dGVyKD86ZXMpP3xlc3RpbGV0ZXM/',
  },
  // Pointed implements. The clock's hands, knitting and the haystack idiom pass.
  {
    pattern: 'YWd1amFzPw==',
    except: ['YWd1amEgZW4gdW4gcGFqYXJ8YWd1amFzPyAoPzpkZWwgcmVsb2p8ZGUgKD86dGVqZXJ8Y29zZXJ8cHVudG98Z2FuY2hpbGxvKSk='],
  },
  // Edged objects in general. "Una mente afilada" and "un dolor punzante" pass: only objects are flagged.
  {
    pattern:
      'KD86YWxnb3xvYmpldG9zP3xjb3Nhcz98aGVycmFtaWVudGFzP3x1dGVuc2lsaW9zPykgKD86YWZpbGFkfGNvcnRhbnRlfHB1bnphbnRlKVtccHtMfVxwe019XSp8KD86dmlkcmlvcz98Y3Jpc3RhbGVzPykgcm90W29hXXM/fCg/OnRyb3pvcz98ZnJhZ21lbnRvcz98ZXNxdWlybGFzPykgZGUgKD86dmlkcmlvfGNyaXN0YWwp',
  },
  // The small flame-making tool, in Spain's and Latin America's words.
  { pattern: 'bWVjaGVyb3M/fGVuY2VuZGVkb3IoPzplcyk/' },
  // Cords and knots around the neck, and suspension. Skipping (a short burst of exercise), the vocal cords, the tightrope and string music pass.
  {
    pattern:
      'c29nYXM/fGN1ZXJkYXM/fGxpZ2FkdXJhcz98KD86Y2FibGVzP3xjaW50dXJvbmVzP3xjb3Jkb25lcz98Y29yZGVsZXM/fGJ1ZmFuZGFzPykgKD86YWxyZWRlZG9yIGRlbHxlbiBlbCkgY3VlbGxvfGFob3JjW1xwe0x9XHB7TX1dKnxob3JjYXM/',
    except: [
      'c2FsdFtccHtMfVxwe019XSogKD86YSApPyg/OmxhICk/KD86Y3VlcmRhfGNvbWJhKQ==',
      'Y3VlcmRhcz8gdm9jYWxlc3xjdWVyZGEgZmxvamF8KD86aW5zdHJ1bWVudG9zP3xtw7pzaWNhfGN1YXJ0ZXRvKSBkZSBjdWVyZGE=',
    ],
  },
  // Airway. Feeling smothered or "siento que me ahogo" is how people describe panic, so only the words with no everyday sense are flagged.
  { pattern: 'ZXN0cmFuZ3VsW1xwe0x9XHB7TX1dKnxhdXRvYXNmaXhpW1xwe0x9XHB7TX1dKnxqdWVnbyBkZSBsYSBhc2ZpeGlh' },
  // Substances people take in overdose. "Sobredosis", "medicamentos" and "tomar demasiado" stay (rule 10 needs them); names, amounts, whole packs and how-many questions are flagged.
  {
    pattern:
      'cGFyYWNldGFtb2x8YWNldGFtaW5vZsOpbnxhY2V0YW1pbm9mZW5vfGlidXByb2Zlbm98YXNwaXJpbmFzP3xjb2Rlw61uYXx0cmFtYWRvbHxtZXRhbWl6b2x8bm9sb3RpbHxnZWxvY2F0aWx8dGVybWFsZ2lufGFudGljb25nZWxhbnRlfHBhcmFxdWF0fHBlc3RpY2lkYXM/fHBsYWd1aWNpZGFzP3xoZXJiaWNpZGFzP3xtYXRhcnJhdGFzfHZlbmVubyBwYXJhIHJhdGFzfGxlasOtYXxsZXRhbFtccHtMfVxwe019XSp8KD86ZG9zaXN8Y2FudGlkYWQoPzplcyk/KSAoPzpsZXRhbHxtb3J0YWx8dMOzeGljYXxmYXRhbClbXHB7TH1ccHtNfV0qfGN1w6FudGFzPyAoPzpwYXN0aWxsYXN8Y29tcHJpbWlkb3N8cGFzdGlzfGPDoXBzdWxhcyl8Y3XDoW50byAoPzpoYXkgcXVlIHRvbWFyfGhhY2UgZmFsdGEgdG9tYXIpfFxkKyA/KD86bWd8bWlsaWdyYW1vcz8pfHB1w7FhZG9zPyBkZSAoPzpwYXN0aWxsYXN8Y29tcHJpbWlkb3N8cGFzdGlzfGPDoXBzdWxhcyl8KD86Y2FqYXM/fGJvdGVzP3xibMOtc3RlcmVzP3xibMOtc3RlcnM/fGZyYXNjb3M/KSBlbnRlcig/Om98YXxvc3xhcyl8KD86YWN1bXVsfGFsbWFjZW58anVudClbXHB7TH1ccHtNfV0qICg/OnBhc3RpbGxhc3xjb21wcmltaWRvc3xtZWRpY2FtZW50b3N8bWVkaWNpbmFzKQ==',
  },
  // Gases and fumes.
  { pattern: 'bW9uw7N4aWRvIGRlIGNhcmJvbm98KD86dHVib3M/fGdhc2VzKSBkZSBlc2NhcGV8aGVsaW98cXVlbWEgZGUgY2FyYsOzbg==' },
  // Weapons that fire. A glue gun and water toys pass.
  {
    pattern: 'YXJtYXM/IGRlIGZ1ZWdvfHBpc3RvbGFzP3xlc2NvcGV0YXM/fHJpZmxlcz98cmV2w7NsdmVyKD86ZXMpP3xiYWxhcz98bXVuaWNpw7NufG11bmljaW9uZXN8ZnVzaWwoPzplcyk/',
    except: ['cGlzdG9sYXM/IGRlICg/OnNpbGljb25hfGFndWF8cGVnYW1lbnRvKQ=='],
  },
  // Heights, trains and traffic. Only the full phrase is flagged; jumping for joy or for exercise passes.
  {
    pattern:
      'KD86dGlyfGxhbnp8YXJyb2p8cHJlY2lwaXR8c2FsdClbXHB7TH1ccHtNfV0qICg/OmRlfGRlc2RlfHBvcikgKD86dW4gfHVuYSB8ZWwgfGxhIHxsbyBhbHRvIGRlICg/OnVuIHx1bmEgfGVsIHxsYSApPyk/KD86cHVlbnRlfGVkaWZpY2lvfGF6b3RlYXx0ZWphZG98YmFsY8Ozbnx2ZW50YW5hfGFjYW50aWxhZG98dG9ycmV8dmlhZHVjdG8pfCg/OnRpcnxsYW56fGFycm9qfHByZWNpcGl0KVtccHtMfVxwe019XSogKD86YXxhbHxiYWpvfGRlbGFudGUgZGV8ZGViYWpvIGRlKSAoPzp1biB8dW5hIHxlbCB8bGEgfGxhcyApPyg/OnRyZW58bWV0cm98dsOtYXN8Y29jaGV8Y2FtacOzbnxhdXRvYsO6c3x0csOhZmljbyl8dsOtYXM/IGRlbCAoPzp0cmVufG1ldHJvKQ==',
  },
  // Body sites. Flagged even in a safe sentence: Ebb draws no attention to them. Dolls (the same word as one site) pass.
  {
    pattern: 'bXXDsWVjYXM/fHZlbmFzP3xhcnRlcmlhcz98eXVndWxhcig/OmVzKT98Y2Fyw7N0aWRhcz8=',
    except: ['anVnW1xwe0x9XHB7TX1dKiAoPzphfGNvbikgKD86bGFzIHxsYSB8dW5hIHx1bmFzICk/bXXDsWVjYXM/fG11w7FlY2FzPyBkZSAoPzp0cmFwb3xwb3JjZWxhbmF8cGFwZWwp'],
  },
  // Self-directed injury verbs, with the reflexive pronoun before the verb or joined to it, and the marks on the body. A call that drops and a haircut pass; "un corte" and "una quemadura" as first-aid nouns pass.
  {
    pattern:
      'KD86bWV8dGV8c2V8bm9zfG9zKSAoPzooPzpoZXxoYXN8aGF8aGVtb3N8aGFufGhhYsOtYXxoYWLDrWFzfHZveSBhfHZhcyBhfHZhIGEpICk/KD86Y29ydHxxdWVtfGFyYcOxfHJhc2d1w7F8YXB1w7FhbClbXHB7TH1ccHtNfV0qfCg/OmNvcnR8cXVlbXxhcmHDsXxyYXNndcOxfGFwdcOxYWwpKD86YXJ8YW5kb3zDoW5kb3xhfMOhKSg/Om1lfHRlfHNlfG5vc3xvcyl8Y1tvw7NdcnQoPzphdGV8ZXNlfGVuc2UpfCg/OmhhY1tccHtMfVxwe019XSp8aGFjaWVuZG8pKD86bWV8dGV8c2UpPyAoPzpjb3J0ZXN8cXVlbWFkdXJhcyl8KD86Y29ydGVzfHF1ZW1hZHVyYXN8bWFyY2FzfGNpY2F0cmljZXMpIGVuICg/OmxvcyB8bGFzIHxlbCB8bGEgfG1pcyB8dHVzIHxzdXMgKT8oPzpicmF6b3M/fHBpZXJuYXM/fG11c2xvcz98cGllbHxjdWVycG98YW50ZWJyYXpvcz98YmFycmlnYXx0cmlwYSk=',
    except: [
      'KD86KD86bWV8dGV8c2UpICk/Y29ydFtccHtMfVxwe019XSogKD86ZWwgfGxhcyB8bGEgKT8oPzpwZWxvfGNhYmVsbG98dcOxYXN8ZmxlcXVpbGxvfG1lbGVuYSk=',
      'KD86KD86bGxhbWFkYXxsdXp8Y29uZXhpw7NufGzDrW5lYXxjb211bmljYWNpw7NufHNlw7FhbHxpbnRlcm5ldHxjaGF0KSBzZSBjb3J0W1xwe0x9XHB7TX1dKnxzZSBjb3J0W1xwe0x9XHB7TX1dKiAoPzpsYSB8ZWwgKT8oPzpsbGFtYWRhfGx1enxjb25leGnDs258bMOtbmVhfGNvbXVuaWNhY2nDs258c2XDsWFsfGludGVybmV0fGNoYXQpKQ==',
    ],
  },
  // Naming or asking for ways: methods, how-to questions, kits, and ways said to be without pain.
  {
    pattern:
      'bcOpdG9kb3M/ICg/OmRlfHBhcmEpICg/OnN1aWNpZGlvfHN1aWNpZGFyc2V8c3VpY2lkYXJtZXxhdXRvbGVzaVtccHtMfVxwe019XSp8aGFjZXJzZSBkYcOxb3xoYWNlcm1lIGRhw7FvfG1hdGFyc2UpfCg/OmZvcm1hcz98bWFuZXJhcz98bW9kb3M/KSAoPzpkZXxwYXJhKSAoPzpzdWljaWRhcnNlfHN1aWNpZGFybWV8bWF0YXJzZXxtYXRhcm1lfG1vcmlyfHF1aXRhcnNlIGxhIHZpZGF8cXVpdGFybWUgbGEgdmlkYXxhdXRvbGVzaW9uYXJzZXxhdXRvbGVzaW9uYXJtZSl8Y8OzbW8gKD86c3VpY2lkYXJzZXxzdWljaWRhcm1lfG1hdGFybWV8bWF0YXJzZXxtb3JpcnxxdWl0YXJtZSBsYSB2aWRhfHF1aXRhcnNlIGxhIHZpZGF8aGFjZXJtZSBkYcOxb3xhdXRvbGVzaW9uYXJtZXxhdXRvbGVzaW9uYXJzZSl8KD86bXVlcnRlcz98Zm9ybWFzP3xtYW5lcmFzP3xtw6l0b2Rvcz8pICg/OnNpbiBkb2xvcnxpbmRvbG9ybz9hP3M/KXwoPzpsYSApPyg/OmZvcm1hfG1hbmVyYSkgbcOhcyAoPzpyw6FwaWRhfGbDoWNpbHxzZWd1cmEpIGRlIG1vcmlyfGtpdHM/IGRlICg/OnN1aWNpZGlvfGF1dG9sZXNpW1xwe0x9XHB7TX1dKik=',
  },
];
