// Checks one thing the person typed into their plan, so a form can say exactly what to fix before saving
// (the record's schema would only refuse the whole plan).
import { dialableNumber } from '../records/dialable-number.ts';

export type PlanTextProblem = 'required' | 'too-long' | 'not-a-number';

export interface PlanTextRule {
  max: number;
  required?: boolean;
  /** A phone number: optional, but dialable when given. */
  phone?: boolean;
}

export function checkPlanText(value: string, rule: PlanTextRule): PlanTextProblem | undefined {
  const text = value.trim();
  if (text === '') return rule.required ? 'required' : undefined;
  if (text.length > rule.max) return 'too-long';
  if (rule.phone && dialableNumber(text) === undefined) return 'not-a-number';
  return undefined;
}
