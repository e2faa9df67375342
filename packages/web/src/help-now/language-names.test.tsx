// What Help now says about a line's languages, as the English build says it (the unit tests run as English; the
// Spanish and French words are checked by the browser tests on their builds).
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { m } from '../i18n/messages.ts';
import { crisisHelp } from '../i18n/crisis-help-content.ts';
import { CrisisNumberItems } from '../screens/plan/plan-document.tsx';
import { CrisisLines } from './country-help.tsx';
import { answersInNote, languageName, pressNote } from './language-names.ts';

const country = (code: string) => crisisHelp.find((c) => c.code === code)!;

describe('language names and notes', () => {
  it('names languages in the build’s locale and lists them', () => {
    expect(languageName('de')).toBe('German');
    expect(answersInNote(['de'])).toBe('Answers in German.');
    expect(answersInNote(['en', 'fr'])).toBe('Answers in English and French.');
  });

  it('says which key to press for a call that asks for one, and nothing for any other way', () => {
    expect(pressNote({ kind: 'call', number: '988', display: '988', press: '2' }, 'es')).toBe('When the call connects, press 2 for Spanish.');
    expect(pressNote({ kind: 'call', number: '988', display: '988' }, 'es')).toBeUndefined();
    expect(pressNote({ kind: 'text', number: '988', display: '988', keyword: 'AYUDA' }, 'es')).toBeUndefined();
  });

  it('keeps the {placeholders} the notes fill in', () => {
    expect(m.helpNow.answersIn).toContain('{languages}');
    expect(m.helpNow.pressFor).toMatch(/\{key\}.*\{language\}|\{language\}.*\{key\}/);
  });
});

describe('Help now’s lines in English', () => {
  it('says beside TelefonSeelsorge’s name that it answers in German', () => {
    const html = renderToString(<CrisisLines help={country('DE')} level={2} />);
    expect(html).toMatch(/<h3 class="line-name">TelefonSeelsorge<\/h3><p class="line-language">Answers in German\.<\/p>/);
  });

  it('names both languages of the 988 Lifeline and of Crisis Text Line, and offers each as written in English (no menu key, no AYUDA)', () => {
    const html = renderToString(<CrisisLines help={country('US')} level={2} />);
    expect(html).toMatch(/Lifeline<\/h3><p class="line-language">Answers in English and Spanish\.<\/p>/);
    expect(html).toMatch(/Crisis Text Line<\/h3><p class="line-language">Answers in English and Spanish\.<\/p>/);
    expect(html).toContain('Text HOME to 741741');
    expect(html).not.toContain('press-note');
    expect(html).not.toContain('AYUDA');
  });

  it('writes the note on paper too', () => {
    expect(renderToString(<CrisisNumberItems help={country('DE')} />)).toContain('Answers in German.');
  });
});
