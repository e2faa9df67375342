// Home's gentle note when things seem harder lately (patterns/early-warning.ts in core): one kind line with the
// way to the plan and to the person's people. Never a number, score, level, colour or prediction.
import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../components/link.tsx';
import { mn } from '../../i18n/nudge-messages.ts';
import { paths } from '../../router.ts';
import { harderLately } from '../../state/early-warning-state.ts';
import { hasPlan } from '../../state/plan-state.ts';

export function GentleNote() {
  const [shown, setShown] = useState<boolean>();
  useEffect(() => {
    let current = true;
    // The note is an extra: if the records cannot be read, the storage notice says so, and no note shows.
    harderLately().then(
      (reason) => current && setShown(reason !== null),
      () => current && setShown(false),
    );
    return () => {
      current = false;
    };
  }, []);
  // Nothing visible is reserved while the records are read; only tests and assistive technology see it is busy.
  if (shown === undefined) return <div aria-busy="true" />;
  if (!shown) return null;
  const withPlan = hasPlan();
  return (
    <p role="status" class="notice gentle-note">
      {withPlan ? mn.note : mn.noteNoPlan}
      <span class="actions">
        <Link href={paths.plan}>{withPlan ? mn.planLink : mn.startPlanLink}</Link> <Link href={paths.contacts}>{mn.peopleLink}</Link>
      </span>
    </p>
  );
}
