// What a plan screen shows until the stored plan has been read: "Just a moment…", or, if it could not be
// read, that said plainly with Try again, never an empty plan that an edit could then be made to.
import { Loaded } from '../../components/loaded.tsx';
import { useRecord } from '../../components/use-record.ts';
import { loadPlan } from '../../state/plan-state.ts';

/** Shown while `planLoaded` is false; the screen itself shows the plan once the read sets it. */
export function PlanReading() {
  const read = useRecord(loadPlan);
  return <Loaded record={read}>{() => null}</Loaded>;
}
