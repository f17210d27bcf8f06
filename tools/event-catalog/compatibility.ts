import { JsonSchema } from './catalog';

/**
 * Within a major version an event may change only additively (docs/architecture.md, "Events"): consumers written
 * against the old schema must still understand every new message. Breaking, seen from such a consumer:
 * - a property removed, or no longer required (it relied on it);
 * - a required property added (the change must be optional);
 * - a type widened (a new type, e.g. null, it cannot handle) or changed;
 * - an enum value or const removed or changed, a format changed;
 * - anything else it cannot prove harmless (a changed anyOf, items of another shape).
 * Not breaking: a new optional property, a new enum value (consumers must tolerate unknown values and
 * fields; docs/adding-an-event.md says so), descriptions and examples.
 */
export function breakingChanges(previous: JsonSchema, next: JsonSchema, path = 'data'): string[] {
  const problems: string[] = [];
  const oldTypes = types(previous);
  const newTypes = types(next);
  const widened = [...newTypes].filter((t) => !oldTypes.has(t));
  if (oldTypes.size > 0 && widened.length > 0) problems.push(`${path}: type ${[...oldTypes].join('|')} became ${[...newTypes].join('|')}`);
  if (previous.format !== next.format) problems.push(`${path}: format ${String(previous.format)} became ${String(next.format)}`);
  if ('const' in previous && JSON.stringify(previous.const) !== JSON.stringify(next.const)) problems.push(`${path}: const changed`);
  if (Array.isArray(previous.enum)) {
    const now = new Set((next.enum as unknown[] | undefined) ?? []);
    const removed = (previous.enum as unknown[]).filter((v) => !now.has(v));
    if (!Array.isArray(next.enum)) problems.push(`${path}: enum removed`);
    else if (removed.length > 0) problems.push(`${path}: enum values removed: ${removed.join(', ')}`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (JSON.stringify(strip(previous[key])) !== JSON.stringify(strip(next[key]))) problems.push(`${path}: ${key} changed`);
  }
  const oldProps = (previous.properties ?? {}) as Record<string, JsonSchema>;
  const newProps = (next.properties ?? {}) as Record<string, JsonSchema>;
  const oldRequired = new Set((previous.required as string[] | undefined) ?? []);
  const newRequired = new Set((next.required as string[] | undefined) ?? []);
  for (const [name, schema] of Object.entries(oldProps)) {
    if (!(name in newProps)) problems.push(`${path}.${name}: removed`);
    else problems.push(...breakingChanges(schema, newProps[name], `${path}.${name}`));
    if (oldRequired.has(name) && !newRequired.has(name)) problems.push(`${path}.${name}: no longer required`);
  }
  for (const name of newRequired) if (!(name in oldProps)) problems.push(`${path}.${name}: added as required (new fields must be optional)`);
  if (previous.items && next.items) problems.push(...breakingChanges(previous.items as JsonSchema, next.items as JsonSchema, `${path}[]`));
  else if (previous.items !== undefined && next.items === undefined) problems.push(`${path}[]: items removed`);
  return problems;
}

function types(schema: JsonSchema): Set<string> {
  const t = schema.type;
  return new Set(Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : []);
}

/** Descriptions and examples never break anyone; key order means nothing. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'description' && k !== 'examples' && k !== 'title')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, strip(v)]),
    );
  }
  return value;
}
