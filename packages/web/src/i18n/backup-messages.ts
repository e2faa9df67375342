// The active catalogue for restoring backups (this build's language: language.ts).
import { enBackup, type BackupMessages } from './en-backup.ts';
import { esBackup } from './es-backup.ts';
import { frBackup } from './fr-backup.ts';

export const mb: BackupMessages = __EBB_LANGUAGE__ === 'es' ? esBackup : __EBB_LANGUAGE__ === 'fr' ? frBackup : enBackup;
