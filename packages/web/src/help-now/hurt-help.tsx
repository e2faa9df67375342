// "I've already hurt myself": when and where to get medical help, without judgement (CLINICAL.md rule 10).
import { medicalHelp, type CountryHelp } from '@ebb/content';
import { format, m } from '../i18n/messages.ts';
import { EmergencyButtons } from './country-help.tsx';

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
      {help && <EmergencyButtons help={help} />}
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
