// French method and implement wording (docs/clinical-rules.md rules 3 and 4): ways of self-harming, tools, substances,
// amounts, places and body sites, in the form of method-rules.ts and stored base64-encoded (of UTF-8, since the
// words carry accents) so that no readable method word appears anywhere in the codebase. Recall matters most
// here, so nouns are stems and the everyday idioms Ebb's French may need are exceptions; verbs with everyday
// senses are flagged only when self-directed. French text is also held to the English method rules (a quoted
// English word is no safer). To read one: `node -e "console.log(Buffer.from(process.argv[1], 'base64').toString())" <text>`;
// encode with `Buffer.from(text).toString('base64')`. Add the phrase that prompted a change to the French corpus
// (encoded if it should be flagged).
import type { EncodedRule } from './method-rules.ts';

export const methodRulesEncodedFr: readonly EncodedRule[] = [
  // Implement nouns with an edge. The English loanword for one is the English person-label rule's, which French text is held to as well. One noun here is also an English word, so it is flagged only after a French determiner.
  {
    pattern:
      'cmFzb2lycz98bGFtZXM/IGRlIHJhc29pcnwoPzp1bmV8bGF8ZGVzfGxlc3xtYXx0YXxzYXxtZXN8dGVzfHNlc3xjZXR0ZXxjZXMpIGxhbWVzP3xzY2FscGVscz98YmlzdG91cmlzP3xjb3V0ZWF1eD98Y2FuaWZzP3xjaXNlYXV4fHRhaWxsZS1jcmF5b25zPw==',
  },
  // Pointed implements. The hands of a clock ("dans le sens des aiguilles d'une montre", said in grounding exercises), knitting and the haystack idiom pass.
  {
    pattern: 'YWlndWlsbGVzPw==',
    except: [
      'YWlndWlsbGVzPyAoPzpkJ3VuZXxkZSBsYXxkZSBsJ3xkZXMpID8oPzptb250cmV8aG9ybG9nZXxwZW5kdWxlKXxhaWd1aWxsZXM/IMOgIHRyaWNvdGVyfGFpZ3VpbGxlIGRhbnMgdW5lIGJvdHRlIGRlIGZvaW4=',
    ],
  },
  // Edged objects in general. "Un esprit vif" and "une douleur aiguë" pass: only objects are flagged.
  {
    pattern:
      'KD86cXVlbHF1ZSBjaG9zZXxvYmpldHM/fGNob3Nlcz98b3V0aWxzP3x1c3RlbnNpbGVzPykgKD86ZGUgKT8oPzp0cmFuY2hhbnR8Y291cGFudHxwb2ludHV8YWPDqXLDqSlbXHB7TH1ccHtNfV0qfMOpY2xhdHM/IGRlIHZlcnJlfCg/OmJvdXRzP3xtb3JjZWF1eD8pIGRlIHZlcnJlfHZlcnJlICg/OmJyaXPDqXxjYXNzw6kp',
  },
  // The small flame-making tool.
  { pattern: 'YnJpcXVldHM/fGFsbHVtZS1mZXU=' },
  // Cords and knots around the neck, and suspension. Skipping (a short burst of exercise), the vocal cords, the tightrope and string music pass; putting the washing out is not self-directed and passes.
  {
    pattern:
      'Y29yZGVzP3xuxZN1ZHM/IGNvdWxhbnRzP3xnYXJyb3RzP3woPzpjZWludHVyZXM/fGPDomJsZXM/fGNvcmRvbnM/fGZvdWxhcmRzP3zDqWNoYXJwZXM/KSBhdXRvdXIgZHUgY291fCg/Om1lfHRlfHNlfG5vdXN8dm91cykgKD86KD86c3Vpc3xlc3xlc3R8c29tbWVzfMOqdGVzfHNvbnQpICk/cGVuZCg/OnJlfHN8YWl0fGFpZW50fHV8dWV8dXN8dWVzfHJhaVtccHtMfVxwe019XSp8cmEpfHMnKD86ZXN0fMOpdGFpdCkgcGVuZHUoPzplfHN8ZXMpP3xwZW5kYWlzb25zPw==',
    except: [
      'Y29yZGVzPyDDoCBzYXV0ZXJ8c2F1dGVyIMOgIGxhIGNvcmRl',
      'Y29yZGVzPyB2b2NhbGVzfGNvcmRlIHJhaWRlfCg/Omluc3RydW1lbnRzP3xxdWF0dW9ycz98bXVzaXF1ZXxvcmNoZXN0cmUpIMOgIGNvcmRlcw==',
    ],
  },
  // Airway. Only the words with no everyday sense, and self-directed forms, are flagged.
  {
    pattern:
      'w6l0cmFuZ2xbXHB7TH1ccHtNfV0qfHN0cmFuZ3VsYXRpb258KD86cyd8dCd8bScpYXNwaHl4aVtccHtMfVxwe019XSp8YXV0by0/YXNwaHl4aVtccHtMfVxwe019XSp8amV1IGR1IGZvdWxhcmQ=',
  },
  // Substances people take in overdose. "Surdose", "médicaments" and "trop pris" stay (rule 10 needs them); names, amounts, whole packs and how-many questions are flagged.
  {
    pattern:
      'cGFyYWPDqXRhbW9sfGFjw6l0YW1pbm9waMOobmV8aWJ1cHJvZsOobmV8YXNwaXJpbmVzP3xjb2TDqWluZXx0cmFtYWRvbHxkb2xpcHJhbmV8ZGFmYWxnYW58ZWZmZXJhbGdhbnxhbnRpZ2VsfHBhcmFxdWF0fHBlc3RpY2lkZXM/fGTDqXNoZXJiYW50cz98bW9ydC1hdXgtcmF0c3xqYXZlbHxsw6l0YWxbXHB7TH1ccHtNfV0qfGRvc2VzPyAoPzptb3J0ZWxsZXxsw6l0YWxlfHRveGlxdWV8ZmF0YWxlKXM/fHF1YW50aXTDqXM/ICg/Om1vcnRlbGxlfGzDqXRhbGV8dG94aXF1ZSlzP3xjb21iaWVuIGRlICg/OmNhY2hldHN8Y29tcHJpbcOpc3xwaWx1bGVzfGfDqWx1bGVzfG3DqWRpY2FtZW50cyl8XGQrID8oPzptZ3xtaWxsaWdyYW1tZXM/KXxwb2lnbsOpZXM/IGRlICg/OmNhY2hldHN8Y29tcHJpbcOpc3xwaWx1bGVzfGfDqWx1bGVzfG3DqWRpY2FtZW50cyl8KD86Ym/DrnRlcz98cGxhcXVldHRlcz98dHViZXM/fGZsYWNvbnM/KSBlbnRpZXIoPzplfHN8ZXMpP3woPzpzdG9ja3xhY2N1bXVsfGFtYXNzKVtccHtMfVxwe019XSogKD86ZGVzIHxkZSApPyg/OmNhY2hldHN8Y29tcHJpbcOpc3xwaWx1bGVzfG3DqWRpY2FtZW50cyk=',
  },
  // Gases and fumes.
  {
    pattern: 'bW9ub3h5ZGUgZGUgY2FyYm9uZXxnYXogZCfDqWNoYXBwZW1lbnR8cG90IGQnw6ljaGFwcGVtZW50fGjDqWxpdW18YmFyYmVjdWUgKD86w6B8YXUpIGNoYXJib258Y2hhcmJvbiBkZSBib2lz',
  },
  // Weapons that fire. A glue gun and water toys pass.
  {
    pattern: 'YXJtZXM/IMOgIGZldXxwaXN0b2xldHM/fGZ1c2lscz98Y2FyYWJpbmVzP3xyZXZvbHZlcnM/fG11bml0aW9ucz8=',
    except: ['cGlzdG9sZXRzPyAoPzrDoCBjb2xsZXzDoCBlYXUp'],
  },
  // Heights, trains and traffic. Only the full phrase is flagged; jumping for joy or for exercise passes.
  {
    pattern:
      'KD86c2F1dHxqZXR8cHLDqWNpcGl0fGxhbmN8ZMOpZmVuZXN0cilbXHB7TH1ccHtNfV0qICg/OmR1IGhhdXQgZCd8ZHUgaGF1dCBkZSB8ZCd8ZHUgfGRlIHxkZXB1aXMgfHBhciApKD86dW4gfHVuZSB8bGUgfGxhIHxsJyk/KD86cG9udHxpbW1ldWJsZXx0b2l0fGJhbGNvbnxmZW7DqnRyZXxmYWxhaXNlfHRvdXJ8aGF1dGV1cnx2aWFkdWN8w6l0YWdlKXwoPzpqZXR8bGFuY3xwcsOpY2lwaXQpW1xwe0x9XHB7TX1dKiAoPzpzb3VzfGRldmFudCkgKD86dW4gfHVuZSB8bGUgfGxhIHxsZXMgKT8oPzp0cmFpbnxtw6l0cm98cmVyfHRyYW18Y2FtaW9ufGJ1c3x2b2l0dXJlcz8pfHZvaWVzPyBmZXJyw6llcz98ZMOpZmVuZXN0cltccHtMfVxwe019XSo=',
  },
  // Body sites. Flagged even in a safe sentence: Ebb draws no attention to them. Luck ("quelle veine") and "dans la même veine" pass.
  {
    pattern: 'cG9pZ25ldHM/fHZlaW5lcz98YXJ0w6hyZXM/fGp1Z3VsYWlyZXM/fGNhcm90aWRlcz8=',
    except: ['KD86ZGUgbGF8cGFzIGRlfGNvdXAgZGV8cXVlbGxlfG3Dqm1lKSB2ZWluZQ=='],
  },
  // Self-directed injury verbs, and the act's own name. Withdrawing from others, interrupting, a haircut and a call that drops pass; "une coupure" and "une brûlure" as first-aid nouns pass.
  {
    pattern:
      'KD86bWV8dGV8c2V8bm91c3x2b3VzKSAoPzooPzpzdWlzfGVzfGVzdHxzb21tZXN8w6p0ZXN8c29udHzDqXRhaXN8w6l0YWl0KSApPyg/OmNvdXAoPyFhYmwpfGJyw7tsfHRhaWxsYWR8Z3JpZmZ8bGFjw6lyfHBvaWduYXJkfGVudGFpbGwpW1xwe0x9XHB7TX1dKnwoPzptJ3x0J3xzJykoPzplc3xlc3R8w6l0YWlbXHB7TH1ccHtNfV0qfMOpdGlvbnMpICg/OmNvdXAoPyFhYmwpfGJyw7tsfHRhaWxsYWR8Z3JpZmZ8bGFjw6lyfHBvaWduYXJkfGVudGFpbGwpW1xwe0x9XHB7TX1dKnwoPzptJ3x0J3xzJyllbnRhaWxsW1xwe0x9XHB7TX1dKnxzY2FyaWZpW1xwe0x9XHB7TX1dKg==',
    except: [
      'KD86bWV8dGV8c2V8bm91c3x2b3VzKSBjb3VwW1xwe0x9XHB7TX1dKiAoPzpkdSBtb25kZXxkZXMgYXV0cmVzfGRlICg/OnRvdXR8dG91c3xzZXN8bWVzfHRlc3x2b3N8bm9zKXxsYSBwYXJvbGV8bGVzIGNoZXZldXh8bGVzIG9uZ2xlc3xsJ2FwcMOpdGl0KQ==',
      'KD86bCdhcHBlbHxsYSBsaWduZXxsYSBjb21tdW5pY2F0aW9ufGxhIGNvbm5leGlvbnxsYSBjb252ZXJzYXRpb258bGUgcsOpc2VhdXxsZSBzb258bCfDqWNyYW4pICg/OnNlIGNvdXBbXHB7TH1ccHtNfV0qfHMnZXN0IGNvdXDDqWU/KQ==',
    ],
  },
  // Naming or asking for ways: methods, how-to questions, kits, and ways said to be without pain.
  {
    pattern:
      'bcOpdGhvZGVzPyAoPzpkZXxwb3VyKSAoPzpzdWljaWRlfHNlIHN1aWNpZGVyfG1lIHN1aWNpZGVyfHNlIHR1ZXJ8bWUgdHVlcnxtb3VyaXJ8cydhdXRvbXV0aWxlcil8bW95ZW5zPyAoPzpkZXxwb3VyKSAoPzpzZSBzdWljaWRlcnxtZSBzdWljaWRlcnxzZSB0dWVyfG1lIHR1ZXJ8bW91cmlyfG1ldHRyZSBmaW4gw6AgKD86c2VzfG1lc3x0ZXMpIGpvdXJzKXwoPzpmYcOnb25zP3xtYW5pw6hyZXM/KSBkZSAoPzpzZSBzdWljaWRlcnxtZSBzdWljaWRlcnxzZSB0dWVyfG1lIHR1ZXJ8bW91cmlyfG1ldHRyZSBmaW4gw6AgKD86c2VzfG1lc3x0ZXMpIGpvdXJzKXxjb21tZW50ICg/Om1lIHxzZSB8dGUgKT8oPzpzdWljaWRlcnx0dWVyfG1vdXJpcnxtZXR0cmUgZmluIMOgICg/Om1lc3xzZXN8dGVzKSBqb3Vyc3xmYWlyZSBkdSBtYWx8YXV0b211dGlsZXJ8c2NhcmlmaWVyKXwoPzptb3J0fG3DqXRob2RlfGZhw6dvbnxtYW5pw6hyZSlzPyAoPzpzYW5zIGRvdWxldXJ8aW5kb2xvcmVzPyl8KD86bGEgZmHDp29ufGxhIG1hbmnDqHJlKSBsYSBwbHVzICg/OnJhcGlkZXxmYWNpbGV8c8O7cmUpIGRlIG1vdXJpcnxsZSBtb3llbiBsZSBwbHVzICg/OnJhcGlkZXxmYWNpbGV8c8O7cikgZGUgbW91cmlyfGtpdHM/ICg/OmRlIHN1aWNpZGV8ZCdhdXRvbXV0aWxhdGlvbik=',
  },
];
