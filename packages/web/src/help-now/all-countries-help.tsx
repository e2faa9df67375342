// Crisis help for every country, rendered into the page's HTML at build time inside <noscript>: readable
// before (and without) JavaScript. With JavaScript, the Help now panel shows the person's own country.
import { crisisHelp } from '../i18n/crisis-help-content.ts';
import { emergencyNumbers } from '@ebb/content/emergency-numbers';
import { m } from '../i18n/messages.ts';
import { byName, countryName } from './country-choice.tsx';
import { CrisisLines, EmergencyCall } from './country-help.tsx';
import { ElsewhereHelp } from './help-now-dialog.tsx';
import { HurtHelp } from './hurt-help.tsx';
import { telHref } from './reach-links.ts';

export function AllCountriesHelp() {
  return (
    <section id="help-now" class="static-help" aria-labelledby="static-help-title">
      <h1 id="static-help-title">{m.helpNow.title}</h1>
      <p>{m.app.noScript}</p>
      <p>{m.helpNow.intro}</p>
      <p>
        <a href="#static-hurt">{m.helpNow.hurtTitle}</a> · <a href="#emergency-numbers">{m.helpNow.allEmergencyLink}</a>
      </p>
      <nav aria-label={m.helpNow.allCountries}>
        <ul class="country-index">
          {crisisHelp.map((c) => (
            <li key={c.code}>
              <a href={`#help-${c.code}`}>{c.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {crisisHelp.map((help) => (
        <section key={help.code} id={`help-${help.code}`} aria-labelledby={`country-${help.code}`}>
          <h2 id={`country-${help.code}`}>{help.name}</h2>
          <EmergencyCall code={help.code} numbers={help.emergency} level={3} />
          <CrisisLines help={help} level={3} />
        </section>
      ))}
      <section aria-labelledby="static-elsewhere">
        <h2 id="static-elsewhere">{m.helpNow.elsewhereTitle}</h2>
        <p>{m.helpNow.suicideThoughts}</p>
        <p>
          <ElsewhereHelp />
        </p>
      </section>
      <section id="static-hurt" aria-labelledby="static-hurt-title">
        <h2 id="static-hurt-title">{m.helpNow.hurtTitle}</h2>
        <HurtHelp help={undefined} numbers={[]} noNumber={<a href="#emergency-numbers">{m.helpNow.allEmergencyLink}</a>} />
      </section>
      <section id="emergency-numbers" aria-labelledby="static-emergency-numbers">
        <h2 id="static-emergency-numbers">{m.helpNow.allEmergencyTitle}</h2>
        <p>{m.helpNow.allEmergencyIntro}</p>
        <ul class="emergency-index">
          {byName(Object.keys(emergencyNumbers)).map((code) => (
            <li key={code}>
              <a href={telHref(emergencyNumbers[code] ?? '')}>
                {countryName(code)} {emergencyNumbers[code]}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
