// "I've already hurt myself": when and where to get medical help, without judgement (docs/clinical-rules.md rule 10).
import type { ComponentChildren } from 'preact';
import { type CountryHelp, type EmergencyNumber } from '@ebb/content';
import { medicalHelp } from '../i18n/medical-help-content.ts';
import { format, m } from '../i18n/messages.ts';
import { CallButtons } from './country-help.tsx';

interface HurtHelpProps {
  /** The verified country, for its own urgent-care places; absent elsewhere. */
  help: CountryHelp | undefined;
  /** The emergency numbers to call, the one for medical help first. */
  numbers: readonly EmergencyNumber[];
  /** Said instead of a call button when no number is known yet (how to find the number). */
  noNumber: ComponentChildren;
}

export function HurtHelp({ help, numbers, noNumber }: HurtHelpProps) {
  return (
    <div class="hurt-help">
      <p>{medicalHelp.reassurance}</p>
      <p>{medicalHelp.emergencyNowIntro}</p>
      <ul>
        {medicalHelp.emergencyNow.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {numbers.length > 0 ? (
        <p class="actions">
          <CallButtons numbers={numbers} />
        </p>
      ) : (
        <p>{noNumber}</p>
      )}
      <p>
        <strong>{medicalHelp.poisoning}</strong>
      </p>
      <p>
        {medicalHelp.urgentCareIntro} {format(m.helpNow.urgentCareWhere, { places: help?.urgentCare ?? m.helpNow.urgentCareElsewhere })}
      </p>
      {help && medicalHelp.stitchesWhere[help.code] && <p>{medicalHelp.stitchesWhere[help.code]}</p>}
      <p>{medicalHelp.woundCare}</p>
      <p>{medicalHelp.burns}</p>
      <p>{medicalHelp.infectionSigns}</p>
      <p>
        <a href={medicalHelp.firstAidGuide.url} target="_blank" rel="noopener noreferrer">
          {medicalHelp.firstAidGuide.name}
        </a>
      </p>
    </div>
  );
}
