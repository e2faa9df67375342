// The app shell: the persistent Help now and Quick exit controls on every screen, the current screen,
// notices, and the Help now panel. Rendered at build time for the first HTML, then hydrated.
import { BackLink } from './components/back-link.tsx';
import { Link } from './components/link.tsx';
import { trackTopHeight } from './components/top-height.ts';
import { format, m } from './i18n/messages.ts';
import { HelpNowDialog } from './help-now/help-now-dialog.tsx';
import { QUICK_EXIT_URL, quickExit } from './quick-exit.ts';
import { CHECK_IN_PREFIX, currentPath, JOURNAL_PREFIX, paths, PLAN_SECTION_PREFIX, REFLECT_PREFIX, SKILL_PREFIX } from './router.ts';
// In the first bundle on purpose: its first step must be on screen at once (benchmark P5).
import { RideItOut } from './screens/ride/ride-it-out.tsx';
import { lazyScreen } from './components/lazy-screen.tsx';
import { Home } from './screens/home.tsx';
// In the first bundle on purpose: after deleting everything, showing this must fetch nothing, because a
// fetch through the still-running service worker would re-create its cache.
import { Deleted } from './screens/deleted.tsx';
import { applyUpdate, updateReady } from './service-worker.ts';
import { helpNow, openHelpNow } from './state/help-now-state.ts';
import { storeProblem, vaultStatus } from './state/vault-state.ts';
import { appName } from './state/settings-state.ts';

// Home is in the first bundle (it is prerendered); every other screen loads when first opened. A screen for
// one thing (a day, a part, a skill) is keyed by it, so moving to another starts afresh and never inherits
// the answers typed for the one before.
const Contacts = lazyScreen(() => import('./screens/contacts.tsx').then((s) => s.Contacts));
const SettingsScreen = lazyScreen(() => import('./screens/settings.tsx').then((s) => s.SettingsScreen));
const About = lazyScreen(() => import('./screens/about.tsx').then((s) => s.About));
const NotFound = lazyScreen(() => import('./screens/not-found.tsx').then((s) => s.NotFound));
const Privacy = lazyScreen(() => import('./screens/privacy.tsx').then((s) => s.Privacy));
const LockScreen = lazyScreen(() => import('./screens/lock-screen.tsx').then((s) => s.LockScreen));
const PlanOverview = lazyScreen(() => import('./screens/plan/plan-overview.tsx').then((s) => s.PlanOverview));
const PlanNow = lazyScreen(() => import('./screens/plan/plan-now.tsx').then((s) => s.PlanNow));
const PlanLikelihood = lazyScreen(() => import('./screens/plan/plan-likelihood.tsx').then((s) => s.PlanLikelihood));
const PlanVersions = lazyScreen(() => import('./screens/plan/plan-versions.tsx').then((s) => s.PlanVersions));
const PlanPrint = lazyScreen(() => import('./screens/plan/plan-print.tsx').then((s) => s.PlanPrint));
const PlanSupport = lazyScreen(() => import('./screens/plan/plan-support.tsx').then((s) => s.PlanSupport));
const SkillsLibrary = lazyScreen(() => import('./screens/skills/skills-library.tsx').then((s) => s.SkillsLibrary));
const SkillDetail = lazyScreen(() =>
  import('./screens/skills/skill-detail.tsx').then((s) => () => {
    const id = decodeURIComponent(currentPath.value.slice(SKILL_PREFIX.length));
    return <s.SkillDetail key={id} skillId={id} />;
  }),
);
// Learn's list and its pages: one chunk with the pages' text, loaded when Learn first opens.
const Learn = lazyScreen(() => import('./screens/learn/learn-screen.tsx').then((s) => s.LearnScreen));
const CheckIn = lazyScreen(() => import('./screens/diary/check-in.tsx').then((s) => () => <s.CheckInScreen />));
const CheckInDay = lazyScreen(() =>
  import('./screens/diary/check-in.tsx').then((s) => () => {
    const day = currentPath.value.slice(CHECK_IN_PREFIX.length);
    return <s.CheckInScreen key={day} day={day} />;
  }),
);
const DiaryWeek = lazyScreen(() => import('./screens/diary/diary-week.tsx').then((s) => s.DiaryWeek));
const ProgressScreen = lazyScreen(() => import('./screens/diary/progress-screen.tsx').then((s) => s.ProgressScreen));
const PatternsScreen = lazyScreen(() => import('./screens/patterns/patterns-screen.tsx').then((s) => s.PatternsScreen));
const SummaryScreen = lazyScreen(() => import('./screens/summary/summary-screen.tsx').then((s) => s.SummaryScreen));
const SlipScreen = lazyScreen(() => import('./screens/diary/slip-screen.tsx').then((s) => s.SlipScreen));
const ReflectScreen = lazyScreen(() =>
  import('./screens/diary/reflect-screen.tsx').then((s) => () => {
    const id = currentPath.value.slice(REFLECT_PREFIX.length);
    return <s.ReflectScreen key={id} slipId={id} />;
  }),
);
const HopeBox = lazyScreen(() => import('./screens/hope/hope-box.tsx').then((s) => s.HopeBox));
const JournalList = lazyScreen(() => import('./screens/journal/journal-list.tsx').then((s) => s.JournalList));
const JournalEntry = lazyScreen(() =>
  import('./screens/journal/journal-entry.tsx').then((s) => () => {
    const id = currentPath.value.slice(JOURNAL_PREFIX.length);
    // Not keyed: a new entry, once saved, moves to its own address and stays the same screen with its words.
    return <s.JournalEntryScreen entryId={id === 'new' ? null : id} />;
  }),
);
// Share links and a share link's viewer: one chunk, which tells them apart.
const Links = lazyScreen(() => import('./screens/links/links-route.tsx').then((s) => s.LinksRoute));
const PlanPart = lazyScreen(() =>
  import('./screens/plan/plan-part.tsx').then((s) => () => {
    const id = currentPath.value.slice(PLAN_SECTION_PREFIX.length);
    return <s.PlanPart key={id} sectionId={id} />;
  }),
);

// Your devices and the screen a pairing link opens: one chunk, which tells them apart.
const Devices = lazyScreen(() => import('./screens/devices/devices-screens.tsx').then((s) => s.DevicesScreens));

function CurrentScreen() {
  // A share link's viewer never opens the vault, so it shows whatever the vault's state.
  if (currentPath.value === paths.share) return <Links />;
  // Locked: only the lock screen, with Help now and Quick exit still in the header above it.
  if (vaultStatus.value === 'locked') return <LockScreen />;
  if (vaultStatus.value === 'closed') return <Deleted />;
  if (currentPath.value.startsWith(PLAN_SECTION_PREFIX)) return <PlanPart />;
  if (currentPath.value.startsWith(SKILL_PREFIX)) return <SkillDetail />;
  // Learn's list and each of its pages (/learn/<id>): the chunk tells them apart.
  if (currentPath.value.startsWith(paths.learn)) return <Learn />;
  if (currentPath.value.startsWith(REFLECT_PREFIX)) return <ReflectScreen />;
  if (currentPath.value.startsWith(JOURNAL_PREFIX)) return <JournalEntry />;
  if (currentPath.value.startsWith(CHECK_IN_PREFIX) && currentPath.value !== paths.diaryWeek) return <CheckInDay />;
  switch (currentPath.value) {
    case paths.home:
    case paths.help:
      return <Home />;
    case paths.contacts:
      return <Contacts />;
    case paths.settings:
      return <SettingsScreen />;
    case paths.about:
      return <About />;
    case paths.privacy:
      return <Privacy />;
    case paths.ride:
      return <RideItOut />;
    case paths.skills:
      return <SkillsLibrary />;
    case paths.checkIn:
      return <CheckIn />;
    case paths.diaryWeek:
      return <DiaryWeek />;
    case paths.progress:
      return <ProgressScreen />;
    case paths.patterns:
      return <PatternsScreen />;
    case paths.summary:
      return <SummaryScreen />;
    case paths.slip:
      return <SlipScreen />;
    case paths.journal:
      return <JournalList />;
    case paths.hope:
      return <HopeBox />;
    case paths.plan:
      return <PlanOverview />;
    case paths.planNow:
      return <PlanNow />;
    case paths.planLikelihood:
      return <PlanLikelihood />;
    case paths.planVersions:
      return <PlanVersions />;
    case paths.planPrint:
      return <PlanPrint />;
    case paths.planSupport:
      return <PlanSupport />;
    case paths.links:
      return <Links />;
    case paths.devices:
    case paths.pair:
      return <Devices />;
    default:
      return <NotFound />;
  }
}

function Notices() {
  return (
    <>
      {vaultStatus.value === 'failed' && (
        <p role="alert" class="notice">
          {format(m.storage.failed, { reason: storeProblem.value })}
        </p>
      )}
      {/* An update is never offered while Help now is open, so it can never interrupt it. */}
      {updateReady.value && !helpNow.value.open && (
        <p role="status" class="notice">
          {m.update.ready}{' '}
          <button type="button" class="button" onClick={applyUpdate}>
            {m.update.apply}
          </button>
        </p>
      )}
    </>
  );
}

export function App() {
  return (
    <>
      <a class="skip-link" href="#main">
        {m.app.skipToContent}
      </a>
      <header class="top" ref={trackTopHeight}>
        <Link class="brand" href={paths.home} label={format(m.app.homeLabel, { name: appName.value })}>
          {/* Both names, one shown by styles.css: index.html marks discreet mode before the first paint. */}
          <span class="brand-name">{m.app.name}</span>
          <span class="brand-discreet">{m.discreet.name}</span>
        </Link>
        <div class="top-actions">
          {/* Real links, so both work before JavaScript: #help-now is the static help in the page. */}
          <a
            class="button button-help"
            href="#help-now"
            onClick={(e) => {
              e.preventDefault();
              openHelpNow();
            }}
          >
            {m.helpNow.open}
          </a>
          <a
            class="button button-quiet"
            href={QUICK_EXIT_URL}
            rel="noreferrer"
            onClick={(e) => {
              e.preventDefault();
              quickExit();
            }}
          >
            {m.quickExit.label}
          </a>
        </div>
      </header>
      <Notices />
      <main id="main">
        <BackLink />
        <CurrentScreen />
      </main>
      {helpNow.value.open && <HelpNowDialog />}
    </>
  );
}
