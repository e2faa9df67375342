// The Help now panel: a modal dialog over any screen, opened by the persistent Help now control.
// Crisis help for the person's country first, then their own people, then "I've already hurt myself".
import { useEffect, useRef, useState } from 'preact/hooks';
import { crisisHelp, internationalDirectory } from '@ebb/content';
import { dialableNumber, type CountryChoice } from '@ebb/core';
import { format, m } from '../i18n/messages.ts';
import { CountryOptions } from './country-choice.tsx';
import { Link } from '../components/link.tsx';
import { paths } from '../router.ts';
import { closeHelpNow, helpNow } from '../state/help-now-state.ts';
import { shownCountry, updateSettings } from '../state/settings-state.ts';
import { contacts } from '../state/contacts-state.ts';
import { hasPlan } from '../state/plan-state.ts';
import { describeStorageError } from '../storage/describe-storage-error.ts';
import { CrisisLines, EmergencyCall } from './country-help.tsx';
import { HurtHelp } from './hurt-help.tsx';
import { smsHref, telHref } from './reach-links.ts';


export function HelpNowDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [saveProblem, setSaveProblem] = useState('');
  const { section } = helpNow.value;
  const help = crisisHelp.find((c) => c.code === shownCountry.value);

  // Mounted only while open (so the first HTML stays small and hydrates exactly): show it as a modal at once.
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    if (section === 'hurt') element.querySelector<HTMLElement>('#hurt-help summary')?.focus();
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
      <p class="actions">
        <Link class="button button-primary" href={paths.ride} onNavigate={closeHelpNow}>
          {m.helpNow.rideItOut}
        </Link>
        {hasPlan() && (
          <Link class="button button-primary" href={paths.planNow} onNavigate={closeHelpNow}>
            {m.helpNow.openPlan}
          </Link>
        )}
      </p>

      <p class="country-picker">
        <label for="help-country">{m.helpNow.countryLabel}</label>{' '}
        <select
          id="help-country"
          value={shownCountry.value}
          onChange={(e) => {
            setSaveProblem('');
            // The new country shows at once; if it cannot be saved, say so (it still applies for this visit).
            updateSettings({ country: e.currentTarget.value as CountryChoice }).catch((error: unknown) =>
              setSaveProblem(format(m.storage.saveFailed, { reason: describeStorageError(error) })),
            );
          }}
        >
          <CountryOptions />
        </select>
      </p>
      <p role="status" class="status">
        {saveProblem}
      </p>

      {help ? (
        <>
          <EmergencyCall help={help} level={2} />
          <CrisisLines help={help} level={2} />
        </>
      ) : (
        <section aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{m.helpNow.elsewhereTitle}</h2>
          <ElsewhereHelp />
        </section>
      )}

      <section aria-labelledby="your-people-title">
        <h2 id="your-people-title">{m.helpNow.yourPeopleTitle}</h2>
        {contacts.value.length === 0 ? (
          <p>{m.helpNow.yourPeopleEmpty}</p>
        ) : (
          <ul class="lines">
            {contacts.value.map(({ id, value }) => {
              const number = dialableNumber(value.phone);
              return (
                <li key={id} class="line">
                  <h3 class="line-name">{value.name}</h3>
                  {value.note && <p class="line-about">{value.note}</p>}
                  {number && (
                    <p class="actions">
                      <a class="button" href={telHref(number)}>
                        {format(m.helpNow.callPerson, { name: value.name })}
                      </a>
                      <a class="button" href={smsHref(number)}>
                        {format(m.helpNow.textPerson, { name: value.name })}
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

      <details id="hurt-help" class="hurt" open={section === 'hurt'}>
        <summary>{m.helpNow.hurtTitle}</summary>
        <HurtHelp help={help} />
      </details>

      {help && (
        <p class="small">
          <ElsewhereHelp />
        </p>
      )}
      <p class="small">
        {format(m.helpNow.checked, { date: help?.lines[0]?.source.verifiedOn ?? internationalDirectory.source.verifiedOn })}{' '}
        {m.helpNow.notEmergencyService}
      </p>
    </dialog>
  );
}

/** The international directory, for anywhere Ebb has no verified lines. */
export function ElsewhereHelp() {
  const [before, after] = m.helpNow.elsewhereIntro.split('{directory}');
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
