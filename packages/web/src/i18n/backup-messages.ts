// The active catalogue for restoring backups (English so far).
import { enBackup, type BackupMessages } from './en-backup.ts';

export const mb: BackupMessages = enBackup;
