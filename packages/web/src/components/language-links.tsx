// The languages Ebb speaks, each named in itself, at the foot of Home: found on first open, working without
// JavaScript (each is a plain link to that language's app), and when used, remembered (language-choice.ts,
// loaded on the tap).
import { languages } from '@ebb/content';
import { m } from '../i18n/messages.ts';
import { language } from '../i18n/language.ts';
import { addressIn, languageNames } from '../i18n/language-names.ts';

export function LanguageLinks() {
  return (
    <nav aria-label={m.home.languages} class="language-links small">
      {languages.map((code) =>
        code === language ? (
          <span key={code} lang={code} aria-current="true">
            {languageNames[code]}
          </span>
        ) : (
          <a
            key={code}
            href={addressIn(code, '/')}
            lang={code}
            hrefLang={code}
            onClick={(event) => {
              event.preventDefault();
              // If the chooser cannot load (offline before it was cached), the link's own address still opens the language.
              const href = event.currentTarget.href;
              void import('../i18n/language-choice.ts').then(
                (choice) => choice.chooseLanguageFromHome(code),
                () => location.assign(href),
              );
            }}
          >
            {languageNames[code]}
          </a>
        ),
      )}
    </nav>
  );
}
