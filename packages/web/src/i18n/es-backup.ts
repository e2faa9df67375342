// What the restore screen says while and after restoring a backup, in Spanish (mirror of en-backup.ts).
import type { BackupMessages } from './en-backup.ts';
export const esBackup: BackupMessages = {
  restoreWorking: 'Restaurando… Una copia de seguridad grande puede tardar un minuto. Mantén Ebb abierto.',
  restoreProgress: 'Restaurando',
  restoreAdded: 'Copia restaurada. Se añadió: {items}.',
  restoreAddedUpdated: 'Copia restaurada. Se añadió: {items}. Se actualizó: {updated}.',
  restoreUpdated: 'Copia restaurada. Se actualizó: {updated}.',
  restoreUnchanged: 'Copia restaurada. Todo lo de esta copia de seguridad ya estaba aquí, así que no cambió nada.',
  restoreReplaced: 'Copia restaurada. Este dispositivo ahora tiene lo mismo que la copia de seguridad: {items}.',
  restoreReplacedEmpty: 'Copia restaurada. La copia de seguridad estaba vacía, así que este dispositivo ya no tiene nada.',
  restoreLeftOut: 'Algunas listas estaban llenas, así que {count} elementos de la copia de seguridad no cupieron y se dejaron fuera.',
  restoreAnd: '{first} y {last}',
  restoreCounted: {
    checkInDays: { one: '{count} día de registros', other: '{count} días de registros' },
    urges: { one: '{count} impulso', other: '{count} impulsos' },
    journalEntries: { one: '{count} entrada del diario', other: '{count} entradas del diario' },
    people: { one: '{count} persona', other: '{count} personas' },
    goals: { one: '{count} meta', other: '{count} metas' },
    reflections: { one: '{count} reflexión', other: '{count} reflexiones' },
    planVersions: { one: '{count} versión anterior de tu plan', other: '{count} versiones anteriores de tu plan' },
    hopeItems: { one: '{count} cosa que te ayuda', other: '{count} cosas que te ayudan' },
  },
  restoreSingle: {
    plan: 'tu plan',
    supportCard: 'tu tarjeta de apoyo',
    skills: 'tus habilidades',
    diaryCard: 'los ajustes de tu registro del día',
    settings: 'tus ajustes',
  },
};
