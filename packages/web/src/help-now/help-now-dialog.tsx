// The Help now panel: a modal dialog over any screen, opened by the persistent Help now control.
// First the emergency number with "I've already hurt myself" beside it (medical help on the first screen),
// then Ride it out and the plan, the country's crisis lines, and the person's own people.
import { useEffect, useRef, useState } from 'preact/hooks';
import { crisisHelp, internationalDirectory } from '../i18n/crisis-help-content.ts';
import { dialableNumber, type CountryChoice } from '@ebb/core';
import { format, m } from '../i18n/messages.ts';
import { CountryOptions, countryName } from './country-choice.tsx';
import { Link } from '../components/link.tsx';
import { currentPath, paths } from '../router.ts';
import { closeHelpNow, helpNow } from '../state/help-now-state.ts';
import { settings, shownCountry, updateSettings } from '../state/settings-state.ts';
import { hasPlan, plan } from '../state/plan-state.ts';
import { loadWorldHelp, worldHelp, worldHelpFailed } from '../state/world-state.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import { CallButtons, CrisisLines } from './country-help.tsx';
import { emergencyFor } from './emergency-for.ts';
import { HurtHelp } from './hurt-help.tsx';
import { dayInWords } from '../i18n/day-in-words.ts';
import { smsHref, telHref } from './reach-links.ts';

const focusCountryPicker = () => document.getElementById('help-country')?.focus();

export function HelpNowDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [saveProblem, setSaveProblem] = useState('');
  const { section } = helpNow.value;
  const [hurtOpen, setHurtOpen] = useState(section === 'hurt');
  const country = shownCountry.value;
  const help = crisisHelp.find((c) => c.code === country);
  // The person's one list of people: the plan's, changed here, in the plan or in "Your people".
  const people = plan.value.sections['people-to-ask'];
  const numbers = emergencyFor(country, worldHelp.value);
  // While the region table loads (a moment, from the cache) say nothing; after that, never leave no way on.
  const loading = !help && !worldHelp.value && !worldHelpFailed.value;
  const noNumber = (
    <>
      {m.helpNow.emergencyNoNumber}{' '}
      <button type="button" class="button button-quiet" onClick={focusCountryPicker}>
        {m.helpNow.chooseCountry}
      </button>
    </>
  );

  // Every region's number and the country guess load with the panel (usually already there, loaded at idle).
  useEffect(() => void loadWorldHelp(), []);

  // Mounted only while open (so the first HTML stays small and hydrates exactly): show it as a modal at once.
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    if (section === 'hurt') element.querySelector<HTMLElement>('#hurt-title')?.focus();
  }, [section]);

  return (
    <dialog ref={dialog} class="help-now" aria-labelledby="help-now-title" onClose={closeHelpNow}>
      <div class="help-now-top">
        <h2 id="help-now-title" class="help-now-title">
          {m.helpNow.title}
        </h2>
        <button type="button" class="button button-quiet" onClick={closeHelpNow}>
          {m.helpNow.close}
        </button>
      </div>
      <p>{m.helpNow.intro}</p>

      <p class="country-picker">
        <label for="help-country">{m.helpNow.countryLabel}</label>{' '}
        <select
          id="help-country"
          value={country}
          onChange={(e) => {
            setSaveProblem('');
            // The new country shows at once; if it cannot be saved, say so (it still applies for this visit).
            updateSettings({ country: e.currentTarget.value as CountryChoice }).catch((error: unknown) =>
              setSaveProblem(format(m.storage.saveFailed, { reason: describeStorageError(error) })),
            );
          }}
        >
          <CountryOptions current={settings.value.country ?? country} />
        </select>
      </p>
      <p role="status" class="status">
        {saveProblem || (worldHelpFailed.value && !help ? m.helpNow.worldFailed : '')}
      </p>

      <section class="emergency" aria-labelledby="emergency-title">
        <h2 id="emergency-title">{m.helpNow.emergencyTitle}</h2>
        <p>{m.helpNow.emergencyNote}</p>
        {numbers.length === 0 && !loading && <p>{noNumber}</p>}
        <p class="actions">
          <CallButtons numbers={numbers} />
          <button type="button" class="button button-help" aria-expanded={hurtOpen} aria-controls="hurt-help" onClick={() => setHurtOpen(!hurtOpen)}>
            {m.helpNow.hurtTitle}
          </button>
        </p>
      </section>

      <section id="hurt-help" class="hurt" aria-labelledby="hurt-title" hidden={!hurtOpen}>
        <h2 id="hurt-title" tabIndex={-1}>
          {m.helpNow.hurtTitle}
        </h2>
        <HurtHelp help={help} numbers={numbers} noNumber={noNumber} />
      </section>

      <p class="actions">
        {/* A share link's reader is not the person using Ebb: Ride it out is theirs, the numbers are for everyone. */}
        {currentPath.value !== paths.share && (
          <Link class="button button-primary" href={paths.ride} onNavigate={closeHelpNow}>
            {m.helpNow.rideItOut}
          </Link>
        )}
        {hasPlan() && (
          <Link class="button button-primary" href={paths.planNow} onNavigate={closeHelpNow}>
            {m.helpNow.openPlan}
          </Link>
        )}
      </p>

      {help ? (
        <CrisisLines help={help} level={2} />
      ) : (
        <section aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{country === 'elsewhere' ? m.helpNow.elsewhereTitle : m.helpNow.linesTitle}</h2>
          <p>{m.helpNow.suicideThoughts}</p>
          <p>
            {country === 'elsewhere' ? (
              <DirectoryHelp template={m.helpNow.elsewhereIntro} />
            ) : (
              <DirectoryHelp template={format(m.helpNow.noLinesIntro, { country: countryName(country) })} />
            )}
          </p>
        </section>
      )}

      <section aria-labelledby="your-people-title">
        <h2 id="your-people-title">{m.helpNow.yourPeopleTitle}</h2>
        {people.length === 0 ? (
          <p>{m.helpNow.yourPeopleEmpty}</p>
        ) : (
          <ul class="lines">
            {people.map((person, i) => {
              const number = dialableNumber(person.phone);
              return (
                <li key={i} class="line">
                  <h3 class="line-name">{person.name}</h3>
                  {person.note && <p class="line-about">{person.note}</p>}
                  {number && (
                    <p class="actions">
                      <a class="button" href={telHref(number)}>
                        {format(m.helpNow.callPerson, { name: person.name })}
                      </a>
                      <a class="button" href={smsHref(number, person.message || undefined)}>
                        {format(m.helpNow.textPerson, { name: person.name })}
                      </a>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p>
          <Link href={paths.contacts} onNavigate={closeHelpNow}>
            {m.helpNow.yourPeopleManage}
          </Link>
        </p>
      </section>

      {help && (
        <p class="small">
          <ElsewhereHelp />
        </p>
      )}
      <p class="small">
        {format(m.helpNow.checked, {
          date: dayInWords(numbers[0]?.checkedOn ?? internationalDirectory.source.verifiedOn),
        })}{' '}
        {m.helpNow.notEmergencyService}
      </p>
    </dialog>
  );
}

/** A sentence with the international directory's link where it says {directory}. */
function DirectoryHelp({ template }: { template: string }) {
  const [before, after] = template.split('{directory}');
  return (
    <>
      {before}
      <a href={internationalDirectory.url} target="_blank" rel="noopener noreferrer">
        {m.helpNow.directoryLink}
      </a>
      {after}
    </>
  );
}

/** The international directory, for anywhere Ebb has no verified lines. */
export function ElsewhereHelp() {
  return <DirectoryHelp template={m.helpNow.elsewhereIntro} />;
}
