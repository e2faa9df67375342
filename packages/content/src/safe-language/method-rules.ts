// Method and implement wording (docs/clinical-rules.md rules 3 and 4): ways of self-harming, tools, substances, amounts,
// places and body sites. Stored base64-encoded so that no readable method word appears anywhere in the
// codebase (rule 3 covers examples and test fixtures too); the scanner decodes them only to match text.
//
// Each rule is a regular-expression source like those in language-rules.ts, with `except` listing the
// everyday phrases that share a word. Recall matters most here (a missed method word ships), so the nouns
// are flagged as stems and the everyday idioms Ebb's own copy uses are listed as exceptions; verbs that
// also have everyday senses are flagged only when self-directed. The comments say what each rule covers
// without naming it. To read or change one: `node -e "console.log(atob(process.argv[1]))" <text>`, and
// encode with `btoa` the same way. Add the phrase that prompted a change to the corpus (encoded if it
// should be flagged): a test checks that every rule and every exception is pinned by a corpus phrase.

export interface EncodedRule {
  /** base64 of a regular-expression source. */
  pattern: string;
  /** base64 of everyday phrases that share a word with the pattern and stay allowed. */
  except?: readonly string[];
}

export const methodRulesEncoded: readonly EncodedRule[] = [
  // Implement nouns with an edge. No everyday use in Ebb's copy; the anatomy and garden idioms ("shoulder b…", "… of grass") pass.
  {
    pattern: 'cmF6b3JzP3xyYXpvciA/YmxhZGVzP3xibGFkZXM/fHNjYWxwZWxzP3xrbmlmZXxrbml2ZXN8c2Npc3NvcnN8c2hhcnBlbmVycz98Ym94Wy0gXT9jdXR0ZXJzP3xzdGFubGV5IGtuaWZl',
    except: ['c2hvdWxkZXJbLSBdYmxhZGVzPw==', 'YmxhZGVzPyBvZiBncmFzcw=='],
  },
  // Pointed implements. Flagged except the body sensation, knitting and the haystack idiom.
  { pattern: 'bmVlZGxlcz8=', except: ['cGlucyBhbmQgbmVlZGxlcw==', 'a25pdHRpbmcgbmVlZGxlcz8=', 'bmVlZGxlIGluIGEgaGF5c3RhY2s='] },
  // Edged objects in general. "A sharp mind", "a sharp pain" and "look sharp" pass: only objects are flagged.
  {
    pattern:
      'KD86c29tZXRoaW5nfGFueXRoaW5nfHRoaW5ncz98b2JqZWN0cz98aXRlbXM/fHRvb2xzPykgc2hhcnB8c2hhcnAgKD86b2JqZWN0cz98dGhpbmdzP3xpdGVtcz98dG9vbHM/fGVkZ2VzP3xpbXBsZW1lbnRzPyl8c2hhcnBzfGJyb2tlbiBnbGFzc3xzaGFyZHM/KD86IG9mIGdsYXNzKT8=',
  },
  // The small flame-making tool. The comparative adjective ("a lighter mood", "feel lighter", "lighter than") passes: only the noun after a determiner and before a clause end, preposition or verb, its plural and its compounds are flagged.
  {
    pattern:
      'KD86YXx0aGV8bXl8eW91cnxoaXN8aGVyfHRoZWlyfHRoaXN8dGhhdHxhbnkpIGxpZ2h0ZXIoPz0gKig/OiR8Wy4sOzohPykiJ118KD86b3J8YW5kfHRvfGlufG9ufGZyb218d2l0aHxpc3x3YXN8Zm9yfHVuZGVyfG5lYXJ8YXdheSlcYikpfGxpZ2h0ZXJzfCg/OmNpZ2FyZXR0ZXxnYXN8YnV0YW5lfHBvY2tldHx6aXBwb3xkaXNwb3NhYmxlKSBsaWdodGVycz98bGlnaHRlciBmbHVpZA==',
  },
  // Cords and knots around the neck. "Skipping rope" (a short burst of exercise), "learn the ropes" and the typographic CSS property pass.
  {
    pattern: 'bGlnYXR1cmVzP3xub29zZXM/fHJvcGVzP3xjb3Jkcz8gKD86YXJvdW5kfHJvdW5kKSAoPzpteXx5b3VyfHRoZSkgbmVjaw==',
    except: [
      'Zm9udC12YXJpYW50LWxpZ2F0dXJlcw==',
      'KD86bm8tKT8oPzpjb21tb258ZGlzY3JldGlvbmFyeXxoaXN0b3JpY2FsfGNvbnRleHR1YWwpLWxpZ2F0dXJlcw==',
      'KD86c2tpcHBpbmd8anVtcHxqdW1waW5nKSByb3Blcz8=',
      'KD86dGhlfGxlYXJuIHRoZXxrbm93IHRoZXxrbm93cyB0aGV8c2hvdyAoPzp5b3V8bWV8dGhlbSkgdGhlKSByb3Blcw==',
      'cm9wZSAoPzpzb21lb25lfHRoZW18aGltfGhlcnxtZXx5b3UpIGlu',
    ],
  },
  // Suspension. The phrasal verbs ("hanging out with friends", "hanging on", "hang in there", "hang up") and hanging a picture or the washing pass.
  {
    pattern:
      'aGFuZ2luZ3xoYW5nZWR8aGFuZyg/OnN8ZWQpPyAoPzp5b3Vyc2VsZnxteXNlbGZ8aGltc2VsZnxoZXJzZWxmfHRoZW1zZWx2ZXN8dGhlbXNlbGZ8b25lc2VsZnxvdXJzZWx2ZXN8eW91cnNlbHZlcyl8aHVuZyAoPzp5b3Vyc2VsZnxteXNlbGZ8aGltc2VsZnxoZXJzZWxmfHRoZW1zZWx2ZXN8dGhlbXNlbGZ8b25lc2VsZnxvdXJzZWx2ZXN8eW91cnNlbHZlcyk=',
    except: [
      'aGFuZ2luZyAoPzpvdXR8YXJvdW5kfGFib3V0fG9ufG9udG98aW4gdGhlcmV8dXB8b3ZlcnxvZmZ8d2l0aHx0b2dldGhlcnxiYWNrfGxvb3NlfCg/OmEgfHRoZSB8c29tZSB8eW91ciB8bXkgKT8oPzpwaWN0dXJlcz98cGhvdG9zP3xwb3N0ZXJzP3xhcnR8Y2xvdGhlc3x3YXNoaW5nfGxhdW5kcnl8YmFza2V0cz98ZGVjb3JhdGlvbnM/fGxpZ2h0c3xwbGFudHM/fHNoZWx2ZXN8Y3VydGFpbnMpKQ==',
    ],
  },
  // Airway and breath. Feeling smothered or "drowning in work" is how people describe stress, so those verbs are flagged only when self-directed; one stem has no everyday sense and is flagged always.
  {
    pattern:
      'c3RyYW5nbFx3Knxhc3BoeXhcdyp8KD86c3VmZm9jYXRcdyp8c21vdGhlclx3Knxkcm93blx3KnxjaG9rKD86ZXxlc3xlZHxpbmcpKSAoPzp5b3Vyc2VsZnxteXNlbGZ8aGltc2VsZnxoZXJzZWxmfHRoZW1zZWx2ZXN8dGhlbXNlbGZ8b25lc2VsZnxvdXJzZWx2ZXN8eW91cnNlbHZlcyk=',
  },
  // Substances people take in overdose. "Overdose", "medicine" and "swallowed too much" stay (rule 10 needs them); names, amounts and how-many questions are flagged.
  {
    pattern:
      'cGFyYWNldGFtb2x8YWNldGFtaW5vcGhlbnxpYnVwcm9mZW58YXNwaXJpbnxjb2RlaW5lfGNvLWNvZGFtb2x8dHJhbWFkb2x8dHlsZW5vbHxwYW5hZG9sfGFudGlmcmVlemV8cGFyYXF1YXR8cGVzdGljaWRlcz98d2VlZCA/a2lsbGVycz98cmF0IHBvaXNvbnxibGVhY2h8bGV0aGFsXHcqfCg/OmZhdGFsfHRveGljfGRlYWRseXxvdmVyZG9zZSkgKD86ZG9zZXM/fGFtb3VudHM/fHF1YW50aXQoPzp5fGllcykpfGhvdyAoPzptdWNofG1hbnkpICg/OnRvIHRha2V8cGlsbHN8dGFibGV0c3xpdCB0YWtlcyl8XGQrID8oPzptZ3xtaWxsaWdyYW1zPyl8KD86aGFuZGZ1bHxib3R0bGV8cGFja2V0fGJveHxzdHJpcClzPyBvZiAoPzpwaWxsc3x0YWJsZXRzKXxzdG9ja3BpbFx3KnxvdmVyZG9zKD86ZXxlZHxlc3xpbmcpIG9u',
  },
  // Gases and fumes.
  { pattern: 'Y2FyYm9uIG1vbm94aWRlfGV4aGF1c3QgKD86ZnVtZXN8cGlwZSl8aGVsaXVtfGNoYXJjb2FsICg/OmJ1cm5pbmd8Z3JpbGx8YmFyYmVjdWUpfGdhc3Npbmc=' },
  // Weapons that fire. "Jump the gun", "stick to your guns" and a bullet journal pass.
  {
    pattern: 'Z3Vucz98aGFuZGd1bnM/fGZpcmVhcm1zP3xwaXN0b2xzP3xyaWZsZXM/fHNob3RndW5zP3xhbW11bml0aW9ufGFtbW98YnVsbGV0cz8=',
    except: [
      'anVtcCg/OmVkfGluZ3xzKT8gdGhlIGd1bg==',
      'c3RpY2soPzppbmd8cyk/IHRvICg/OnlvdXJ8bXl8dGhlaXJ8aGlzfGhlcikgZ3Vucw==',
      'YnVsbGV0ICg/OnBvaW50cz98am91cm5hbFx3KnxsaXN0cz8p',
      'Z2x1ZSBndW5zPw==',
    ],
  },
  // Heights, trains and traffic. Only the full phrase is flagged; "star jumps" pass.
  {
    pattern:
      'KD86anVtcFx3KnxsZWFwXHcqfGZhbGxcdyp8dGhyZXcgKD86eW91cnNlbGZ8bXlzZWxmfGhpbXNlbGZ8aGVyc2VsZnx0aGVtc2VsdmVzfHRoZW1zZWxmfG9uZXNlbGZ8b3Vyc2VsdmVzfHlvdXJzZWx2ZXMpfHRocm93KD86c3xpbmcpPyAoPzp5b3Vyc2VsZnxteXNlbGZ8aGltc2VsZnxoZXJzZWxmfHRoZW1zZWx2ZXN8dGhlbXNlbGZ8b25lc2VsZnxvdXJzZWx2ZXN8eW91cnNlbHZlcykpICg/Om9mZnxmcm9tKSAoPzphIHx0aGUgfGFuICk/KD86YnJpZGdlfGJ1aWxkaW5nfHJvb2Z8cm9vZnRvcHxjbGlmZnxiYWxjb255fGhlaWdodHx0b3dlcnxtdWx0aS1zdG9yZXl8Y2FyIHBhcmt8d2luZG93KXxpbiBmcm9udCBvZiAoPzphIHx0aGUgKT8oPzp0cmFpbnxidXN8bG9ycnl8dHJ1Y2t8Y2FyfGNhcnN8dHJhZmZpYyl8KD86cmFpbHdheXx0cmFpbikgdHJhY2tzPw==',
  },
  // Body sites. Flagged even in a safe sentence (feeling a pulse): Ebb draws no attention to them. "In a similar vein" passes.
  {
    pattern: 'd3Jpc3RzP3x2ZWlucz98YXJ0ZXIoPzp5fGllcyl8anVndWxhcnxjYXJvdGlk',
    except: ['aW4gKD86dGhlIHNhbWV8YSBzaW1pbGFyfGEgZGlmZmVyZW50fHRoaXN8dGhhdCkgdmVpbg=='],
  },
  // Self-directed injury verbs. "Cut down", "cut back", "cutting down on caffeine", "burn off energy", "a burning question" and "punch a pillow" pass: the verb is flagged only with a reflexive or a body part, and the gerund only outside its everyday phrases.
  {
    pattern:
      'KD86Y3V0fGN1dHN8Y3V0dGluZ3xidXJufGJ1cm5zfGJ1cm5lZHxidXJudHxidXJuaW5nfHNjcmF0Y2goPzplc3xlZHxpbmcpP3xzbGFzaCg/OmVzfGVkfGluZyk/fHNsaXQoPzpzfHRpbmcpP3xzY2FsZCg/OnN8ZWR8aW5nKT98c3RhYig/OnN8YmVkfGJpbmcpP3xjYXJ2KD86ZXxlc3xlZHxpbmcpfHB1bmNoKD86ZXN8ZWR8aW5nKT98aGl0KD86c3x0aW5nKT98Yml0KD86ZXxlc3xpbmcpfGJhbmcoPzpzfGVkfGluZyk/fHBpY2soPzpzfGVkfGluZyk/IGF0KSAoPzooPzp5b3Vyc2VsZnxteXNlbGZ8aGltc2VsZnxoZXJzZWxmfHRoZW1zZWx2ZXN8dGhlbXNlbGZ8b25lc2VsZnxvdXJzZWx2ZXN8eW91cnNlbHZlcyl8KD86aW50byApPyg/Om15fHlvdXJ8aGlzfGhlcnx0aGVpcnxvdXIpICg/Om93biApPyg/OnNraW58YXJtcz98Zm9yZWFybXM/fGxlZ3M/fHRoaWdocz98d3Jpc3RzP3xib2R5fHN0b21hY2h8ZmFjZXxoYW5kcz98Y2hlc3R8bmVjaykpfGJ1cm4gKD86bWFya3M/fHNjYXJzPyk=',
  },
  // The gerund on its own names the act. Its everyday phrases pass: cutting down, back, out, off, in, corners, ties, the cutting edge, cutting it close.
  {
    pattern: 'Y3V0dGluZ3xzY3JhdGNoaW5nfHNsaXR8c2xhc2goPzplc3xlZHxpbmcpPw==',
    except: [
      'Y3V0dGluZyAoPzpkb3dufGJhY2t8b3V0fG9mZnxpbnxjb3JuZXJzfHRpZXN8ZWRnZXxpdCAoPzpjbG9zZXxmaW5lKXxyZW1hcmtzP3x3b3Jkcyk=',
      'Y3V0dGluZy1lZGdl',
      'c2NyYXRjaGluZyAoPzp5b3VyfG15fGhpc3xoZXJ8dGhlaXIpIGhlYWRzPw==',
      'c2NyYXRjaGluZyB0aGUgc3VyZmFjZQ==',
    ],
  },
  // Naming or asking for ways. "How to" questions about ending life or harming, methods, kits, and ways said to be without pain.
  {
    pattern:
      'KD86c3VpY2lkZXxzZWxmWy0gXT9oYXJtKSAoPzptZXRob2RzP3x0ZWNobmlxdWVzP3x0b29scz98a2l0cz98c3Rhc2gpfG1ldGhvZHM/IG9mICg/OnN1aWNpZGV8c2VsZlstIF0/aGFybSl8d2F5cz8gdG8gKD86ZGllfGtpbGwgKD86eW91cnNlbGZ8bXlzZWxmfGhpbXNlbGZ8aGVyc2VsZnx0aGVtc2VsdmVzfHRoZW1zZWxmfG9uZXNlbGZ8b3Vyc2VsdmVzfHlvdXJzZWx2ZXMpfHNlbGZbLSBdP2hhcm18ZW5kIGl0KXxob3cgdG8gKD86aGFybXxkaWV8a2lsbHxzZWxmWy0gXT9oYXJtfGVuZCBpdHxodXJ0ICg/OnlvdXJzZWxmfG15c2VsZnxoaW1zZWxmfGhlcnNlbGZ8dGhlbXNlbHZlc3x0aGVtc2VsZnxvbmVzZWxmfG91cnNlbHZlc3x5b3Vyc2VsdmVzKSl8cGFpbmxlc3MgKD86d2F5cz98ZGVhdGh8bWV0aG9kcz8pfHF1aWNrKD86ZXN0KT8gd2F5IHRvIGRpZQ==',
  },
];
