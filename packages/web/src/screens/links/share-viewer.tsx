// A share link opened: `/share#<id>.<key>`. Fetches the sealed share, opens it here with the key from the
// fragment (never sent anywhere), and shows it read-only: the support card with the guide for supporters, the
// plan, or the summary. No account, and nothing kept on this device (main.tsx opens no vault and registers no
// service worker on this route). Each way it can fail has its own sentence; Help now stays in the header.
// Another link opened in the same tab changes only the fragment (no reload): what was shown is cleared at
// once and the new link is opened, so one person's words never stay on screen under another's link.
import { useEffect, useState } from 'preact/hooks';
import { fromBase64Url, openShare, parseShareFragment, summaryFromShare, type SharePayload } from '@ebb/core';
import { Screen } from '../../components/screen.tsx';
import { format } from '../../i18n/messages.ts';
import { mli } from '../../i18n/links-messages.ts';
import { locale } from '../../i18n/language.ts';
import { ApiError, apiRequest } from '../../sync/api-request.ts';
import { failureReason } from './failure-reason.ts';
import { countryName } from '../../help-now/country-choice.tsx';
import { SupportCardView } from '../plan/support-card-view.tsx';
import { SupporterGuide } from '../plan/supporter-guide.tsx';
import { PlanDocument } from '../plan/plan-document.tsx';
import { SummaryPreview } from '../summary/summary-preview.tsx';

type Problem = 'stopped' | 'missing' | 'damaged' | 'newer' | 'offline' | 'server';
type Shown = { state: 'opening' } | { state: 'open'; payload: SharePayload } | { state: 'failed'; problem: Problem };

const problemOf = (error: unknown): Problem => {
  if (!(error instanceof ApiError)) return 'server';
  if (error.reason === 'gone') return 'stopped';
  if (error.reason === 'not-found') return 'missing';
  if (error.reason === 'refused') return 'damaged';
  return failureReason(error);
};

async function openFromAddress(): Promise<Shown> {
  const link = parseShareFragment(location.hash);
  if (!link.ok) return { state: 'failed', problem: link.error.kind === 'no-fragment' ? 'missing' : 'damaged' };
  let ciphertext: string;
  try {
    ({ ciphertext } = await apiRequest<{ ciphertext: string }>('GET', `/api/shares/${link.id}`));
  } catch (error) {
    return { state: 'failed', problem: problemOf(error) };
  }
  let sealed: Uint8Array;
  try {
    sealed = fromBase64Url(ciphertext);
  } catch {
    return { state: 'failed', problem: 'damaged' };
  }
  const opened = await openShare(link.id, link.key, sealed);
  return opened.ok ? { state: 'open', payload: opened.payload } : { state: 'failed', problem: opened.error === 'unknown-format' ? 'newer' : 'damaged' };
}

/** The numbers shared are the sharer's country's: the reader may be somewhere else, where Help now has theirs. */
const NumbersAreFor = ({ country }: { country: string }) =>
  country === 'elsewhere' ? null : <p>{format(mli.viewer.elsewhere, { country: countryName(country) })}</p>;

function Shared({ payload }: { payload: SharePayload }) {
  switch (payload.kind) {
    case 'support-card':
      return (
        <>
          <SupportCardView content={payload.content} />
          <NumbersAreFor country={payload.content.country} />
          <SupporterGuide country={payload.content.country} />
        </>
      );
    case 'plan':
      return (
        <>
          <article aria-labelledby="shared-plan-title">
            <h2 id="shared-plan-title">{mli.viewer.planTitle}</h2>
            <PlanDocument plan={payload.content.plan} headingLevel={3} country={payload.content.country} />
          </article>
          <NumbersAreFor country={payload.content.country} />
        </>
      );
    case 'summary':
      return <SummaryPreview summary={summaryFromShare(payload.content)} previewRef={null} madeAt={payload.createdAt} />;
  }
}

export function ShareViewer() {
  const [shown, setShown] = useState<Shown>({ state: 'opening' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    void openFromAddress().then((next) => current && setShown(next));
    return () => {
      current = false;
    };
  }, [tries]);
  useEffect(() => {
    const reopen = () => {
      // A jump within this page ("Skip to content": #main) is not another link: what is shown stays.
      const target = location.hash.slice(1);
      if (target === '' || document.getElementById(target)) return;
      setShown({ state: 'opening' });
      setTries((n) => n + 1);
    };
    window.addEventListener('hashchange', reopen);
    return () => window.removeEventListener('hashchange', reopen);
  }, []);

  return (
    <Screen title={mli.viewer.title}>
      {shown.state === 'opening' && (
        <p class="loading" aria-busy="true">
          {mli.viewer.opening}
        </p>
      )}
      {shown.state === 'failed' && (
        <>
          <p role="alert">{mli.viewer[shown.problem]}</p>
          {(shown.problem === 'offline' || shown.problem === 'server') && (
            <p class="actions">
              <button
                type="button"
                class="button button-primary"
                onClick={() => {
                  setShown({ state: 'opening' });
                  setTries((n) => n + 1);
                }}
              >
                {mli.viewer.retry}
              </button>
            </p>
          )}
        </>
      )}
      {shown.state === 'open' && (
        <>
          <p class="lead">{mli.viewer.intro}</p>
          <p class="small">{format(mli.viewer.sharedOn, { date: new Date(shown.payload.createdAt).toLocaleDateString(locale, { dateStyle: 'long' }) })}</p>
          <Shared payload={shown.payload} />
        </>
      )}
      <p>{mli.viewer.help}</p>
    </Screen>
  );
}
