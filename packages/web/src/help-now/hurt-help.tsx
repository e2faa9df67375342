// "I've already hurt myself": when and where to get medical help, without judgement (CLINICAL.md rule 10).
import { medicalHelp, type CountryHelp } from '@ebb/content';
import { format, m } from '../i18n/messages.ts';
import { telHref } from './reach-links.ts';

interface HurtHelpProps {
  /** The country whose emergency number and urgent-care places to show; absent for "somewhere else". */
  help: CountryHelp | undefined;
}

export function HurtHelp({ help }: HurtHelpProps) {
  return (
    <div class="hurt-help">
      <p>{medicalHelp.reassurance}</p>
      <p>{medicalHelp.emergencyNowIntro}</p>
      <ul>
        {medicalHelp.emergencyNow.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {help && (
        <p class="actions">
          {help.emergency.map((e) => (
            <a key={e.number} class="button button-emergency" href={telHref(e.number)}>
              {format(m.helpNow.emergencyCall, { number: e.display })}
            </a>
          ))}
        </p>
      )}
      <p>
        <strong>{medicalHelp.poisoning}</strong>
      </p>
      <p>
        {medicalHelp.urgentCareIntro} {format(m.helpNow.urgentCareWhere, { places: help?.urgentCare ?? m.helpNow.urgentCareElsewhere })}
      </p>
      <p>{medicalHelp.woundCare}</p>
      <p>{medicalHelp.infectionSigns}</p>
      <p>
        <a href={medicalHelp.firstAidGuide.url} target="_blank" rel="noopener noreferrer">
          {medicalHelp.firstAidGuide.name}
        </a>
      </p>
    </div>
  );
}
