// Earlier versions of the plan: each with its date and reason, to look at and bring back. Bringing one back
// saves it as the newest version, so the plan as it was stays among the versions too.
import { useState } from 'preact/hooks';
import { planIsEmpty, type PlanVersion } from '@ebb/core';
import { Loaded } from '../../components/loaded.tsx';
import { SaveNote } from '../../components/save-note.tsx';
import { Screen } from '../../components/screen.tsx';
import { useRecord } from '../../components/use-record.ts';
import { useSave } from '../../components/use-save.ts';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { plan } from '../../state/plan-state.ts';
import { loadVersions, restorePlanVersion } from '../../state/plan-saving.ts';
import { PlanDocument } from './plan-document.tsx';
import { locale } from '../../i18n/language.ts';

const dateOf = (savedAt: number) => new Date(savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

export function PlanVersions() {
  // Read again whenever the plan changes (here, or in another tab).
  const versions = useRecord(loadVersions, [plan.value]);
  const [open, setOpen] = useState<number | null>(null);
  const [restored, setRestored] = useState('');
  const saving = useSave();

  const restore = async (version: PlanVersion) => {
    const date = dateOf(version.savedAt);
    setRestored('');
    if (!(await saving.save(() => restorePlanVersion(version.savedAt, format(mp.versions.restoreReason, { date }))))) return;
    setOpen(null);
    setRestored(format(mp.versions.restored, { date }));
    document.getElementById('versions-status')?.focus();
  };

  return (
    <Screen title={mp.versions.title}>
      <p>{mp.versions.intro}</p>
      <SaveNote id="versions-status" saving={saving} failed={mp.saveFailed} saved={restored} />
      <Loaded record={versions}>{(read) => <VersionList versions={read} open={open} setOpen={setOpen} restore={(version) => void restore(version)} />}</Loaded>
    </Screen>
  );
}

interface VersionListProps {
  versions: PlanVersion[];
  open: number | null;
  setOpen: (savedAt: number | null) => void;
  restore: (version: PlanVersion) => void;
}

function VersionList({ versions, open, setOpen, restore }: VersionListProps) {
  return (
    <>
      {versions.length === 0 && <p>{mp.versions.none}</p>}
      <ol class="lines versions">
        {versions.map((version, index) => {
          const date = dateOf(version.savedAt);
          const isCurrent = index === 0;
          const oldest = index === versions.length - 1;
          return (
            <li key={version.savedAt} class="line">
              <h2 class="line-name">
                <time dateTime={new Date(version.savedAt).toISOString()}>{date}</time>
              </h2>
              <p class="line-meta">
                {isCurrent && <strong>{mp.versions.current} · </strong>}
                {version.reason || (oldest ? mp.versions.firstVersion : mp.versions.noReason)}
              </p>
              <p class="actions">
                <button
                  type="button"
                  class="button button-quiet"
                  aria-expanded={open === version.savedAt}
                  aria-controls={`version-${version.savedAt}`}
                  onClick={() => setOpen(open === version.savedAt ? null : version.savedAt)}
                >
                  {open === version.savedAt ? mp.versions.hide : format(mp.versions.view, { date })}
                </button>
                {!isCurrent && (
                  <button type="button" class="button" aria-label={`${mp.versions.restore} (${date})`} onClick={() => restore(version)}>
                    {mp.versions.restore}
                  </button>
                )}
              </p>
              {open === version.savedAt && (
                <div id={`version-${version.savedAt}`} class="version-preview">
                  {planIsEmpty(version.plan) ? <p>{mp.versions.emptyVersion}</p> : <PlanDocument plan={version.plan} headingLevel={3} />}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
