// The person's one list of people: the plan's "People I can ask for help", also shown in Help now, Ride it
// out and "Your people". Entries for the same person (the same name and the same number) are one person,
// and joining two lists keeps every distinct detail either had.
import { dialableNumber } from '../records/dialable-number.ts';
import { checkPlanText, type PlanTextProblem } from './check-plan-text.ts';
import { PLAN_LIMITS, type PlanPerson } from './plan-record.ts';

export type PersonField = keyof PlanPerson;

// In the record's order, so a person built here compares equal to the same person read back.
const rules = {
  name: { max: PLAN_LIMITS.name, required: true },
  phone: { max: PLAN_LIMITS.phone, phone: true },
  message: { max: PLAN_LIMITS.message },
  note: { max: PLAN_LIMITS.note },
} as const satisfies Record<PersonField, Parameters<typeof checkPlanText>[1]>;

export const personFields = Object.keys(rules) as PersonField[];

/** What to fix in a typed person, field by field (the number is optional, but dialable when given). */
export function checkPerson(person: PlanPerson): Partial<Record<PersonField, PlanTextProblem>> {
  const problems: Partial<Record<PersonField, PlanTextProblem>> = {};
  for (const field of personFields) {
    const problem = checkPlanText(person[field], rules[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The longest a field may be. */
export const personLimit = (field: PersonField): number => rules[field].max;

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
const numberKey = (phone: string) => dialableNumber(phone) ?? phone.trim();

/** The same name (ignoring case and spacing) and the same number (ignoring how it is written). */
export const samePerson = (a: PlanPerson, b: PlanPerson): boolean => nameKey(a.name) === nameKey(b.name) && numberKey(a.phone) === numberKey(b.phone);

const SEPARATOR = ' · ';

/** Both details in one, or undefined when together they would be too long to keep. */
function joinDetail(a: string, b: string, max: number): string | undefined {
  const x = a.trim();
  const y = b.trim();
  if (y === '' || x.includes(y)) return x;
  if (x === '' || y.includes(x)) return y;
  const both = x + SEPARATOR + y;
  return both.length <= max ? both : undefined;
}

/** One person from two entries for the same person, or undefined when their details cannot all be kept in one. */
function joinTwo(a: PlanPerson, b: PlanPerson): PlanPerson | undefined {
  const note = joinDetail(a.note, b.note, PLAN_LIMITS.note);
  const message = joinDetail(a.message, b.message, PLAN_LIMITS.message);
  if (note === undefined || message === undefined) return undefined;
  // The number as first written; a name keeps the first entry's spelling.
  return { name: a.name, phone: a.phone || b.phone, message, note };
}

/**
 * `people` with each of `more` added, in order: one that is the same person as someone already there is
 * joined into them, keeping every distinct detail. Two entries whose details would be too long together
 * stay two, so nothing is lost. Joining what is already joined changes nothing.
 */
export function joinPeople(people: readonly PlanPerson[], more: readonly PlanPerson[]): PlanPerson[] {
  const joined: PlanPerson[] = [];
  for (const person of [...people, ...more]) {
    const index = joined.findIndex((other) => samePerson(other, person) && joinTwo(other, person) !== undefined);
    const other = joined[index];
    if (other) joined[index] = joinTwo(other, person) ?? other;
    else joined.push({ ...person });
  }
  return joined;
}
