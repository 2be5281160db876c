/**
 * Words for `spec:diff` messages: values, types and the change inside a JSON Schema, phrased
 * for the caller ("response field `model_vendor` may now be `MISTRAL`").
 */
import type { Diff } from "api-smart-diff";
import { ANNOTATION_KEYWORDS } from "../shared/openapi.js";
import type { JsonPath } from "./pointer.js";
import type { SpecDiff } from "./site.js";
import { codeSpan } from "./render/escape.js";

/** Which way data flows past the changed node, seen from the caller. */
export type Direction = "request" | "response" | "none";

/** What a schema change is about: `response field \`a.b\``, or `response body` at the root. */
export interface SchemaSubject {
  /** Noun for a field of this schema: `response field`, `request field`, `field`. */
  kind: string;
  /** Dotted field path inside the schema (`base_model_metadata.modelDetails`); "" for the root. */
  field: string;
  /** Noun for the schema itself: `response body`, `header \`x-foo\``. */
  root: string;
  /** Appended after a field name: ` of schema \`Foo\``. */
  suffix: string;
}

const MAX_VALUE_CHARS = 60;
const MAX_LISTED_VALUES = 5;

/** Formats a value for a message: scalars in backticks, long text cut, objects summarised. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") {
    const oneLine = value.replace(/\s+/g, " ");
    const cut =
      oneLine.length > MAX_VALUE_CHARS ? oneLine.slice(0, MAX_VALUE_CHARS - 1) + "…" : oneLine;
    return codeSpan(cut);
  }
  if (value === null || typeof value === "number" || typeof value === "boolean") {
    return codeSpan(value);
  }
  if (Array.isArray(value)) return formatList(value);
  return "a new definition";
}

/** Formats values as a list: `` `A`, `B`, `C` `` and "… N more" past the fifth. */
export function formatList(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map(formatValue).join(", ");
  const hidden = values.length - MAX_LISTED_VALUES;
  return hidden > 0 ? `${shown} and ${hidden} more` : shown;
}

/** Formats a JSON Schema `type` (a name or a list of names) as `` `string | null` ``. */
export function formatType(type: unknown): string {
  return Array.isArray(type) ? codeSpan(type.join(" | ")) : formatValue(type);
}

/** Names the schema's shape in a few words, for added or removed `anyOf`/`oneOf` variants. */
function describeSchema(schema: unknown): string {
  if (typeof schema !== "object" || schema === null) return "another shape";
  const node = schema as Record<string, unknown>;
  if (node["type"] !== undefined) return formatType(node["type"]);
  if (typeof node["title"] === "string") return formatValue(node["title"]);
  return "another shape";
}

/** `` `from` `` … `` `to` `` wording for the before/after values of a diff. */
export function describeValues(diff: Diff): string {
  const isScalar = (value: unknown): boolean => typeof value !== "object" || value === null;
  if (diff.action === "replace" && isScalar(diff.before) && isScalar(diff.after)) {
    return ` from ${formatValue(diff.before)} to ${formatValue(diff.after)}`;
  }
  if (diff.action === "add" && isScalar(diff.after)) return `: ${formatValue(diff.after)}`;
  if (diff.action === "remove" && isScalar(diff.before))
    return ` (was ${formatValue(diff.before)})`;
  return "";
}

/** "new operation `GET /a`", "operation `GET /a` removed": the operation named, so rows fold. */
export function phraseWholeOperation(diff: Diff, operation: string): string {
  return diff.action === "add"
    ? `new operation ${codeSpan(operation)}`
    : `operation ${codeSpan(operation)} ${pastTense(diff)}`;
}

/** Past tense of a diff action, for generic messages. */
export function pastTense(diff: Diff): string {
  return { add: "added", remove: "removed", replace: "changed", rename: "renamed" }[diff.action];
}

function subjectText(subject: SchemaSubject, field = subject.field): string {
  return field ? `${subject.kind} ${codeSpan(field)}${subject.suffix}` : subject.root;
}

/** Context a schema-change message needs beyond the diff itself. */
export interface SchemaChangeInput {
  diff: SpecDiff;
  subject: SchemaSubject;
  keyword: JsonPath;
  direction: Direction;
  /** True when the added or removed property is also added to or removed from `required`. */
  isRequiredProperty: boolean;
}

/** Phrases a change inside a schema for the caller. */
export function phraseSchemaChange(input: SchemaChangeInput): string {
  const { diff, subject, keyword, direction } = input;
  const what = subjectText(subject);
  const [head, index] = keyword;
  if (diff.meaning === "rewritten") {
    return `${what} is written differently, with the same values and types`;
  }
  if (diff.meaning === "moved") {
    const fields = formatList(diff.movedFields ?? []);
    const owner = subject.field
      ? `${subject.kind}s ${fields} of ${codeSpan(subject.field)}${subject.suffix}`
      : `fields ${fields} of the ${subject.root}`;
    return `${owner} moved into ${codeSpan(String(head))} variants`;
  }
  if (head === undefined) return phraseNodeChange(input);
  if (head === "nullable" && keyword.length === 1) {
    return phraseNullChange(what, isNowNullable(diff), direction);
  }
  const isWholeEnum = keyword.length === 1 && Array.isArray(diff.after ?? diff.before);
  if (head === "enum" && (typeof index === "number" || isWholeEnum)) {
    return phraseValuesChange(diff, what, direction, index);
  }
  if (head === "x-extensible-enum" && (typeof index === "number" || isWholeEnum)) {
    return `${phraseValuesChange(diff, what, direction, index)} (\`x-extensible-enum\`)`;
  }
  if (head === "patternProperties" && index !== undefined && keyword.length === 2) {
    return phrasePatternChange(diff, what, direction, String(index));
  }
  if (head === "required" && typeof index === "number") {
    const name = String(diff.action === "add" ? diff.after : diff.before);
    const field = subjectText(subject, subject.field ? `${subject.field}.${name}` : name);
    const isAdded = diff.action === "add";
    if (direction === "response") {
      return isAdded ? `${field} is now always present` : `${field} may now be absent`;
    }
    return isAdded ? `${field} is now required` : `${field} is now optional`;
  }
  if (head === "type") {
    if (diff.action === "replace") {
      return `type of ${what} changed from ${formatType(diff.before)} to ${formatType(diff.after)}`;
    }
    return diff.action === "add"
      ? `${what} is now limited to type ${formatType(diff.after)}`
      : `${what} is no longer limited to type ${formatType(diff.before)}`;
  }
  if ((head === "anyOf" || head === "oneOf") && typeof index === "number") {
    const shape = describeSchema(diff.action === "add" ? diff.after : diff.before);
    if (direction === "response") {
      return diff.action === "add"
        ? `${what} may now also be ${shape}`
        : `${what} can no longer be ${shape}`;
    }
    return diff.action === "add"
      ? `${what} now also accepts ${shape}`
      : `${what} no longer accepts ${shape}`;
  }
  if (head === "deprecated") {
    return diff.after === true ? `${what} deprecated` : `${what} no longer deprecated`;
  }
  // A schema's `examples` is a list of values: one of them is "an example" (`example` in 3.0).
  const isOneExample = head === "examples" && typeof index === "number" && keyword.length === 2;
  const keywordName = isOneExample
    ? "example"
    : typeof head === "string" && keyword.length === 1
      ? head
      : keyword.join(".");
  if (ANNOTATION_KEYWORDS.has(String(head))) {
    return `${keywordName} of ${what} ${pastTense(diff)}`;
  }
  return `${codeSpan(keywordName)} of ${what} ${pastTense(diff)}${describeValues(diff)}`;
}

function phrasePatternChange(
  diff: Diff,
  what: string,
  direction: Direction,
  pattern: string,
): string {
  const fields = `fields matching ${formatValue(pattern)}`;
  if (diff.action === "replace") return `schema of ${fields} in ${what} replaced`;
  const isAdded = diff.action === "add";
  if (direction === "response") {
    return isAdded ? `${what} may now have ${fields}` : `${what} no longer has ${fields}`;
  }
  return isAdded ? `${what} now accepts ${fields}` : `${what} no longer accepts ${fields}`;
}

/** True when `diff` (of the keyword `nullable`) lets the field be `null`. */
export function isNowNullable(diff: Diff): boolean {
  return diff.action !== "remove" && diff.after === true;
}

function phraseNullChange(what: string, isNullable: boolean, direction: Direction): string {
  if (direction === "request") {
    return isNullable ? `${what} now accepts \`null\`` : `${what} no longer accepts \`null\``;
  }
  return isNullable ? `${what} may now be \`null\`` : `${what} is no longer \`null\``;
}

function phraseNodeChange(input: SchemaChangeInput): string {
  const { diff, subject, isRequiredProperty } = input;
  const what = subjectText(subject);
  if (!subject.field) return `${subject.root} schema ${pastTense(diff)}`;
  if (diff.action === "add") {
    const presence = isRequiredProperty ? "required" : "optional";
    return `new ${presence} ${subject.kind} ${codeSpan(subject.field)}${subject.suffix}`;
  }
  if (diff.action === "remove") return `${what} removed`;
  return `schema of ${what} replaced`;
}

function phraseValuesChange(
  diff: Diff,
  what: string,
  direction: Direction,
  index: string | number | undefined,
): string {
  if (index === undefined) {
    // A whole `enum` appeared or vanished (grouped by prune.ts).
    const values = formatList((diff.action === "add" ? diff.after : diff.before) as unknown[]);
    return diff.action === "add"
      ? `${what} is now limited to ${values}`
      : `${what} is no longer limited to ${values}`;
  }
  const value = formatValue(diff.action === "add" ? diff.after : diff.before);
  if (diff.action === "replace") {
    return `allowed value ${formatValue(diff.before)} of ${what} replaced by ${formatValue(diff.after)}`;
  }
  if (direction === "response") {
    return diff.action === "add" ? `${what} may now be ${value}` : `${what} is no longer ${value}`;
  }
  return diff.action === "add"
    ? `${what} now accepts ${value}`
    : `${what} no longer accepts ${value}`;
}
