// Share links: the person picks what to share (the support card with the guide for supporters, the plan, or
// a summary for a clinician and its days) and how long the link works, then makes it; the link is sealed on
// this device and the server keeps only ciphertext. Below, every link made here with how often it was opened,
// when it stops, and "Stop this link now". Each failure is said next to its control, one at a time: a new
// failure clears an older one said beside another control, so nothing stale is left to misread.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addDays,
  buildSummary,
  dayOf,
  defaultSummaryChoices,
  monthOfDay,
  SHARE_MAX_SECONDS,
  summaryToShare,
  supportCardShareContent,
  weekEndingOn,
  type ShareKind,
  type ShareLinkEntry,
  type SharePayload,
  type SummaryPeriod,
} from '@ebb/core';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { Screen } from '../../components/screen.tsx';
import { format, plural } from '../../i18n/messages.ts';
import { mli } from '../../i18n/links-messages.ts';
import { language, locale } from '../../i18n/language.ts';
import { backTarget, paths } from '../../router.ts';
import { loadPlan, plan, planLoaded, supportCard } from '../../state/plan-state.ts';
import { shownCountry } from '../../state/settings-state.ts';
import { loadSummarySource } from '../../state/summary-state.ts';
import { linkOf, listShareLinks, makeShareLink, removeShareLink, shareStatuses, stopShareLink, type ShareStatus } from '../../sync/share-links.ts';
import { failureReason } from './failure-reason.ts';
import { ApiError } from '../../sync/api-request.ts';

type Period = 'lastSeven' | 'thisMonth' | 'lastMonth';
type HowLong = 'hour' | 'day' | 'week' | 'month';
const seconds: Record<HowLong, number> = { hour: 3600, day: 86_400, week: 7 * 86_400, month: SHARE_MAX_SECONDS };
type Note = { text: string; problem: boolean };
const noNote: Note = { text: '', problem: false };
/** The one failure said on this screen, and beside which control: "make", "made" or a link's id. */
type Failure = { at: string; text: string } | null;
type Failures = { failure: Failure; fail: (failure: Failure) => void };

const when = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

function periodOf(choice: Period, today: string): SummaryPeriod {
  const thisMonth = `${monthOfDay(today)}-01`;
  if (choice === 'lastSeven') return weekEndingOn(today);
  return { kind: 'month', first: choice === 'thisMonth' ? thisMonth : `${monthOfDay(addDays(thisMonth, -1))}-01` };
}

async function payloadFor(kind: ShareKind, period: Period): Promise<SharePayload> {
  const common = { createdAt: Date.now(), language };
  if (kind === 'summary') {
    const summary = buildSummary(await loadSummarySource(), periodOf(period, dayOf(Date.now())), defaultSummaryChoices);
    return { kind, ...common, content: summaryToShare(summary) };
  }
  if (!planLoaded.value) await loadPlan();
  if (kind === 'plan') return { kind, ...common, content: { plan: plan.value, country: shownCountry.value } };
  return { kind, ...common, content: supportCardShareContent(supportCard.value, plan.value, shownCountry.value) };
}

/** What the person most likely came to share: the screen they came from says. */
function kindFromWhereCameFrom(): ShareKind {
  const from = backTarget();
  if (from === paths.summary) return 'summary';
  if (from === paths.plan || from === paths.planPrint) return 'plan';
  return 'support-card';
}

/** What is said beside a control: its own failure if that is the one failure on the screen, else its news. */
const noteAt = (at: string, note: Note, failure: Failure): Note => (failure?.at === at ? { text: failure.text, problem: true } : note.problem ? noNote : note);

function MadeLink({ entry, failure, fail }: { entry: ShareLinkEntry } & Failures) {
  const [note, setNote] = useState<Note>(noNote);
  const link = linkOf(entry);
  const said = (next: Note) => {
    setNote(next);
    fail(next.problem ? { at: 'made', text: next.text } : null);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      said({ text: mli.copied, problem: false });
    } catch {
      said({ text: mli.copyFailed, problem: true });
    }
  };
  const shareSheet = async () => {
    try {
      await navigator.share({ title: mli.shareTitle, url: link });
      said(noNote);
    } catch (error) {
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      said({ text: cancelled ? mli.shareCancelled : mli.shareFailed, problem: !cancelled });
    }
  };
  const shown = noteAt('made', note, failure);
  return (
    <div>
      <div class="field">
        <label for="made-link">{mli.linkLabel}</label>
        <input id="made-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p class="actions">
        <button type="button" class="button button-primary" onClick={() => void copy()}>
          {mli.copy}
        </button>
        {typeof navigator.share === 'function' && (
          <button type="button" class="button" onClick={() => void shareSheet()}>
            {mli.shareSheet}
          </button>
        )}
      </p>
      <p role="status" class={shown.problem ? 'status problem' : 'status'}>
        {shown.text}
      </p>
    </div>
  );
}

function MakeLink({ onMade, failure, fail }: { onMade: () => void } & Failures) {
  const [kind, setKind] = useState<ShareKind>(kindFromWhereCameFrom);
  const [period, setPeriod] = useState<Period>('lastSeven');
  const [howLong, setHowLong] = useState<HowLong>('week');
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<ShareLinkEntry | null>(null);
  const problem = failure?.at === 'make' ? failure.text : '';
  const setProblem = (text: string) => fail(text ? { at: 'make', text } : null);
  // Focus goes to the news that the link is ready (the button it was on stays, but the page grew below it).
  const ready = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (made) ready.current?.focus();
  }, [made]);

  const make = async () => {
    setMaking(true);
    setProblem('');
    setMade(null);
    let payload: SharePayload;
    try {
      payload = await payloadFor(kind, period);
    } catch {
      setProblem(mli.failed.reading);
      setMaking(false);
      return;
    }
    try {
      setMade(await makeShareLink(kind, payload, seconds[howLong]));
      onMade();
    } catch (error) {
      setProblem(error instanceof ApiError ? mli.failed[failureReason(error)] : mli.failed.saving);
    } finally {
      setMaking(false);
    }
  };

  return (
    <div>
      <ChoiceGroup
        legend={mli.what.legend}
        name="share-what"
        options={(['support-card', 'plan', 'summary'] as const).map((value) => ({ value, label: mli.what[value] }))}
        value={kind}
        onChange={setKind}
      />
      {kind === 'summary' && (
        <ChoiceGroup
          legend={mli.period.legend}
          name="share-period"
          options={(['lastSeven', 'thisMonth', 'lastMonth'] as const).map((value) => ({ value, label: mli.period[value] }))}
          value={period}
          onChange={setPeriod}
        >
          <p class="hint">{mli.period.hint}</p>
        </ChoiceGroup>
      )}
      <ChoiceGroup
        legend={mli.howLong.legend}
        name="share-how-long"
        options={(['hour', 'day', 'week', 'month'] as const).map((value) => ({ value, label: mli.howLong[value] }))}
        value={howLong}
        onChange={setHowLong}
      />
      <p id="make-link-plain">{mli.plain}</p>
      <p class="actions">
        <button
          type="button"
          class="button button-primary"
          disabled={making}
          aria-describedby={problem ? 'make-link-plain make-link-problem' : 'make-link-plain'}
          onClick={() => void make()}
        >
          {making ? mli.making : mli.make}
        </button>
      </p>
      <p id="make-link-problem" role="alert" class="problem">
        {problem}
      </p>
      {/* Always in the page, so the news that the link is ready is read out when it arrives. */}
      <p role="status" class="status" ref={ready} tabIndex={-1}>
        {made && format(mli.made, { when: when(made.expiresAt) })}
      </p>
      {made && <MadeLink entry={made} failure={failure} fail={fail} />}
    </div>
  );
}

function LinkItem({ entry, status, changed, failure, fail }: { entry: ShareLinkEntry; status: ShareStatus | undefined; changed: () => void } & Failures) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setLocalNote] = useState<Note>(noNote);
  const setNote = (next: Note) => {
    setLocalNote(next);
    fail(next.problem ? { at: entry.id, text: next.text } : null);
  };
  const shown = noteAt(entry.id, note, failure);
  const keep = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard focus follows the question: to "Keep it" when asked, back to the button when kept, and to the
  // link's heading once stopped (the buttons asked about are gone; its state now says it stopped).
  const [focus, setFocus] = useState<'keep' | 'stop' | 'heading' | null>(null);
  useEffect(() => {
    if (focus) ({ keep, stop: stopButton, heading })[focus].current?.focus();
  }, [focus]);
  const ask = (on: boolean) => {
    setConfirming(on);
    setFocus(on ? 'keep' : 'stop');
  };
  const stopped = entry.stopped || status?.revoked === true;
  const expired = !stopped && entry.expiresAt <= Date.now();
  const titleId = `link-${entry.id}`;

  const stop = async () => {
    setBusy(true);
    setNote(noNote);
    try {
      await stopShareLink(entry.id);
      setConfirming(false);
      setFocus('heading');
      changed();
    } catch (error) {
      setNote({ text: format(mli.list.stopFailed, { reason: mli.list.reasons[failureReason(error)] }), problem: true });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await removeShareLink(entry.id);
      changed();
    } catch {
      setNote({ text: mli.list.removeFailed, problem: true });
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkOf(entry));
      setNote({ text: mli.copied, problem: false });
    } catch {
      setNote({ text: mli.copyFailed, problem: true });
    }
  };

  return (
    <li aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {mli.kinds[entry.kind]}
      </h3>
      <p>
        {format(mli.list.made, { date: when(entry.madeAt) })}
        <br />
        {stopped ? mli.list.stopped : format(expired ? mli.list.expired : mli.list.worksUntil, { when: when(entry.expiresAt) })}
        {status && (
          <>
            <br />
            {status.views === 0 ? mli.list.notOpened : plural(status.views, mli.list.views)}
          </>
        )}
      </p>
      {stopped || expired ? (
        <p class="actions">
          <button type="button" class="button" onClick={() => void remove()}>
            {mli.list.remove}
          </button>
        </p>
      ) : confirming ? (
        <div role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{mli.list.confirmStop}</p>
          <p class="actions">
            <button type="button" class="button button-primary" disabled={busy} onClick={() => void stop()}>
              {mli.list.confirmYes}
            </button>
            <button type="button" class="button" ref={keep} onClick={() => ask(false)}>
              {mli.list.confirmNo}
            </button>
          </p>
        </div>
      ) : (
        <p class="actions">
          <button type="button" class="button" onClick={() => void copy()}>
            {mli.copy}
          </button>
          <button type="button" class="button" ref={stopButton} onClick={() => ask(true)}>
            {mli.list.stop}
          </button>
        </p>
      )}
      <p role="status" class={shown.problem ? 'status problem' : 'status'}>
        {shown.text}
      </p>
    </li>
  );
}

export function ShareLinksScreen() {
  const [links, setLinks] = useState<ShareLinkEntry[] | null>(null);
  const [statuses, setStatuses] = useState<Map<string, ShareStatus>>(new Map());
  const [statusProblem, setStatusProblem] = useState('');
  const [readProblem, setReadProblem] = useState(false);
  const [version, setVersion] = useState(0);
  const [failure, fail] = useState<Failure>(null);
  const refresh = () => setVersion((n) => n + 1);

  useEffect(() => {
    let current = true;
    listShareLinks().then(
      (read) => current && (setLinks(read), setReadProblem(false)),
      () => current && setReadProblem(true),
    );
    shareStatuses().then(
      (read) => current && (setStatuses(read), setStatusProblem('')),
      (error: unknown) => current && setStatusProblem(format(mli.list.viewsUnknown, { reason: mli.list.reasons[failureReason(error)] })),
    );
    return () => {
      current = false;
    };
  }, [version]);

  return (
    <Screen title={mli.title}>
      <p class="lead">{mli.intro}</p>
      <MakeLink onMade={refresh} failure={failure} fail={fail} />
      <section aria-labelledby="links-made-title">
        <h2 id="links-made-title">{mli.list.title}</h2>
        <p role="status" class="status problem">
          {readProblem ? mli.failed.reading : statusProblem}
        </p>
        {links !== null && links.length === 0 && <p>{mli.list.none}</p>}
        {links !== null && links.length > 0 && (
          <ul class="lines">
            {links.map((entry) => (
              <LinkItem key={entry.id} entry={entry} status={statuses.get(entry.id)} changed={refresh} failure={failure} fail={fail} />
            ))}
          </ul>
        )}
      </section>
    </Screen>
  );
}
