// Privacy: make an encrypted backup, restore one (preview, then merge or replace), and the plain export.
import { useState } from 'preact/hooks';
import {
  BackupError,
  LockError,
  MAX_BACKUP_BYTES,
  openBackup,
  parseRecoveryKey,
  readBackupFile,
  summariseRecords,
  unlockWithPasscode,
  unlockWithRecoveryKey,
  type ParsedBackup,
  type RestoreMode,
  type SealedRecord,
} from '@ebb/core';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { useConfirmOwner } from '../components/confirm-owner.tsx';
import { describedByFailure, SaveNote } from '../components/save-note.tsx';
import { useSave } from '../components/use-save.ts';
import { format, m, plural } from '../i18n/messages.ts';
import { ml } from '../i18n/loading-messages.ts';
import { mp } from '../i18n/privacy-messages.ts';
import { mb } from '../i18n/backup-messages.ts';
import { downloadFile, localDate } from '../state/download.ts';
import { discreet, settings, updateSettings } from '../state/settings-state.ts';
import { exportPlain, makeBackup, passcodeKind, restoreRecords } from '../state/vault-state.ts';
import { describeStorageError } from '../state/describe-storage-error.ts';
import { describeRestore } from './describe-restore.ts';
import type { OwnerProof } from '../state/owner-proof.ts';
import { locale } from '../i18n/language.ts';

type RestoreProblem = keyof typeof mp.restoreErrors;

function problemOf(error: unknown): RestoreProblem {
  if (error instanceof BackupError) return error.code;
  if (error instanceof LockError) return 'wrong-passcode';
  return 'unreadable';
}

function describeContents(records: readonly SealedRecord[]): string {
  const counts = summariseRecords(records);
  const parts: string[] = [];
  if (counts.settings) parts.push(mp.restoreSettings);
  if (counts.plan) parts.push(mp.restorePlan);
  const people = counts['help-contact'] ?? 0;
  if (people > 0) parts.push(plural(people, { one: mp.restorePerson, other: mp.restorePeople }));
  if (counts['checkin-month']) parts.push(mp.restoreDiary);
  if (counts['urge-month']) parts.push(mp.restoreUrges);
  const entries = counts['journal-entry'] ?? 0;
  if (entries > 0) parts.push(format(mp.restoreJournal, { count: entries }));
  if (counts['skill-prefs']) parts.push(mp.restoreSkills);
  if (counts.goal) parts.push(mp.restoreGoals);
  return parts.length ? parts.join(', ') : mp.restoreNothing;
}

function Restore() {
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  const [secret, setSecret] = useState('');
  const [opened, setOpened] = useState<{ records: SealedRecord[]; key: CryptoKey } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [problem, setProblem] = useState<RestoreProblem | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const choose = async (file: File | undefined) => {
    setParsed(null);
    setOpened(null);
    setProblem(null);
    setStatus('');
    if (!file) return;
    try {
      // Refuse an oversized file before reading it into memory.
      if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
      setParsed(readBackupFile(await file.text()));
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const open = async (event: Event) => {
    event.preventDefault();
    if (!parsed) return;
    setBusy(true);
    setProblem(null);
    try {
      const key = parseRecoveryKey(secret) ? await unlockWithRecoveryKey(parsed.lock, secret) : await unlockWithPasscode(parsed.lock, secret);
      setOpened({ records: await openBackup(parsed, key), key });
      setSecret('');
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!opened) return;
    setBusy(true);
    setProblem(null);
    // Said once; the progress bar then moves without being read out at every step.
    setStatus(mb.restoreWorking);
    let shown = -1;
    try {
      const summary = await restoreRecords(opened.records, opened.key, mode, (done, total) => {
        const percent = Math.floor((done / total) * 100);
        if (percent === shown) return; // one update per percent, not one per record
        shown = percent;
        setProgress({ done, total });
      });
      setStatus(describeRestore(summary, mode));
      setParsed(null);
      setOpened(null);
    } catch (error) {
      setStatus('');
      if (error instanceof BackupError) setProblem(error.code);
      else setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <>
      <h3>{mp.restoreTitle}</h3>
      <div class="field">
        <label for="restore-file">{mp.restoreChoose}</label>
        <input id="restore-file" type="file" accept=".ebb,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {parsed && !opened && (
        <form class="panel" onSubmit={(e) => void open(e)} noValidate>
          <p>{format(mp.restoreFrom, { date: new Date(parsed.createdAt).toLocaleString(locale) })}</p>
          <div class="field">
            <label for="restore-secret">{mp.restoreSecret}</label>
            <input id="restore-secret" type="password" autocomplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
          </div>
          <p class="actions">
            <button type="submit" class="button button-primary" disabled={busy || secret === ''}>
              {busy ? mp.restoreOpening : mp.restoreOpen}
            </button>
          </p>
        </form>
      )}
      {opened && (
        <div class="panel">
          <p>{format(mp.restoreHolds, { items: describeContents(opened.records) })}</p>
          <ChoiceGroup
            legend={mp.restoreModeLegend}
            name="restore-mode"
            options={[
              { value: 'merge', label: mp.restoreMerge },
              { value: 'replace', label: mp.restoreReplace },
            ]}
            value={mode}
            onChange={setMode}
          />
          <p class="actions">
            <button type="button" class="button button-primary" disabled={busy} onClick={() => void restore()}>
              {mp.restoreGo}
            </button>
          </p>
          {progress && (
            <div class="field">
              <label for="restore-progress">{mb.restoreProgress}</label>
              <progress id="restore-progress" max={progress.total} value={progress.done} />
            </div>
          )}
        </div>
      )}
      <p role="alert" class="problem">
        {problem ? mp.restoreErrors[problem] : ''}
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </>
  );
}

/** File names that say nothing about Ebb in discreet mode. */
const fileNames = () => (discreet.value ? m.discreet.files : m.app.files);

export function Backups() {
  const [status, setStatus] = useState('');
  const reminderSaving = useSave();
  const backup = async (proof: OwnerProof | null) => {
    setStatus('');
    try {
      const text = await makeBackup(proof);
      if (!text) return;
      const file = format(fileNames().backup, { day: localDate(new Date()) });
      downloadFile(file, text, 'application/json');
      setStatus(format(mp.backupMade, { file }));
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
      return;
    }
    // The backup is made either way; only the reminder's "last backup" date may fail to save, and is told as such.
    void reminderSaving.save(() => updateSettings({ backupReminder: { ...settings.value.backupReminder, lastBackupAt: Date.now() } }));
  };
  const exportReadable = async (proof: OwnerProof | null) => {
    setStatus('');
    try {
      const { json, peopleCsv } = await exportPlain(proof, mp.peopleCsvHeader);
      const day = localDate(new Date());
      const jsonFile = format(fileNames().export, { day });
      const csvFile = format(fileNames().people, { day });
      downloadFile(jsonFile, json, 'application/json');
      downloadFile(csvFile, peopleCsv, 'text/csv');
      setStatus(format(mp.exported, { files: `${jsonFile}, ${csvFile}` }));
    } catch (error) {
      setStatus(format(m.storage.saveFailed, { reason: describeStorageError(error) }));
    }
  };
  const askBackup = useConfirmOwner({ id: 'confirm-backup', title: mp.backupMake, confirmLabel: mp.backupMake }, (proof) => void backup(proof));
  const askExport = useConfirmOwner({ id: 'confirm-export', title: mp.exportGo, confirmLabel: mp.exportGo }, (proof) => void exportReadable(proof));

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{mp.backupTitle}</h2>
      <p>{mp.backupIntro}</p>
      {passcodeKind.value === null ? (
        <p>{mp.backupNeedsPasscode}</p>
      ) : (
        <p class="actions">
          <button type="button" class="button button-primary" onClick={askBackup.ask}>
            {mp.backupMake}
          </button>
        </p>
      )}
      {askBackup.panel}
      {passcodeKind.value !== null && (
        <div class="field">
          <label for="backup-reminder">{mp.reminderLabel}</label>
          <select
            id="backup-reminder"
            value={String(settings.value.backupReminder.everyDays)}
            aria-describedby={describedByFailure(reminderSaving, 'backup-reminder-saving')}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const everyDays = value === 'null' ? null : (Number(value) as 7 | 30);
              void reminderSaving.save(() => updateSettings({ backupReminder: { ...settings.value.backupReminder, everyDays } }));
            }}
          >
            <option value="null">{mp.reminderNever}</option>
            <option value="7">{mp.reminderWeekly}</option>
            <option value="30">{mp.reminderMonthly}</option>
          </select>
          <SaveNote id="backup-reminder-saving" saving={reminderSaving} failed={ml.notKept} />
        </div>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <Restore />
      <h3>{mp.exportTitle}</h3>
      <p>
        <strong>{mp.exportWarning}</strong>
      </p>
      <p class="actions">
        <button type="button" class="button" onClick={askExport.ask}>
          {mp.exportGo}
        </button>
      </p>
      {askExport.panel}
    </section>
  );
}
