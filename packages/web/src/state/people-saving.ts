// Adding, changing and removing someone in the person's one list of people: the plan's people, which Help
// now, Ride it out and "Your people" show. A change finds the person by what they were, not by their place
// in the list, so a change saved meanwhile in another tab cannot make it change someone else.
import type { PlanPerson } from '@ebb/core';
import { changePlan } from './plan-saving.ts';

const isExactly = (a: PlanPerson, b: PlanPerson) => a.name === b.name && a.phone === b.phone && a.message === b.message && a.note === b.note;

/** Saves `next` in place of `before` (or adds them, when `before` is null or no longer there). */
export function savePerson(before: PlanPerson | null, next: PlanPerson): Promise<void> {
  return changePlan((draft) => {
    const people = draft.sections['people-to-ask'];
    const index = before ? people.findIndex((p) => isExactly(p, before)) : -1;
    if (index >= 0) people[index] = next;
    else people.push(next);
  });
}

export function removePerson(person: PlanPerson): Promise<void> {
  return changePlan((draft) => {
    const people = draft.sections['people-to-ask'];
    const index = people.findIndex((p) => isExactly(p, person));
    if (index >= 0) people.splice(index, 1);
  });
}
