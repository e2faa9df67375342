// Earlier versions of the plan: each with its date and reason, to look at and bring back. Bringing one back
// saves it as the newest version, so the plan as it was stays among the versions too.
import { useEffect, useState } from 'preact/hooks';
import { planIsEmpty, type PlanVersion } from '@ebb/core';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mp } from '../../i18n/plan-messages.ts';
import { plan } from '../../state/plan-state.ts';
import { loadVersions, restorePlanVersion } from '../../state/plan-saving.ts';
import { describeStorageError } from '../../state/describe-storage-error.ts';
import { PlanDocument } from './plan-document.tsx';

const dateOf = (savedAt: number) => new Date(savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function PlanVersions() {
  const [versions, setVersions] = useState<PlanVersion[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  const reload = () =>
    loadVersions().then(setVersions, (error: unknown) => {
      setVersions([]);
      setStatus(format(mp.saveFailed, { reason: describeStorageError(error) }));
    });

  // Read again whenever the plan changes (here, or in another tab).
  useEffect(() => void reload(), [plan.value]);

  const restore = async (version: PlanVersion) => {
    const date = dateOf(version.savedAt);
    try {
      await restorePlanVersion(version.savedAt, format(mp.versions.restoreReason, { date }));
      setOpen(null);
      setStatus(format(mp.versions.restored, { date }));
      document.getElementById('versions-status')?.focus();
    } catch (error) {
      setStatus(format(mp.saveFailed, { reason: describeStorageError(error) }));
    }
  };

  return (
    <Screen title={mp.versions.title}>
      <p>{mp.versions.intro}</p>
      <p id="versions-status" role="status" class="status" tabIndex={-1}>
        {status}
      </p>
      {versions?.length === 0 && <p>{mp.versions.none}</p>}
      <ol class="lines versions">
        {(versions ?? []).map((version, index) => {
          const date = dateOf(version.savedAt);
          const isCurrent = index === 0;
          const oldest = index === (versions?.length ?? 0) - 1;
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
                  <button type="button" class="button" aria-label={`${mp.versions.restore} (${date})`} onClick={() => void restore(version)}>
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
    </Screen>
  );
}
