/**
 * Phrases a change inside the schema of a request or response body.
 */
import { phraseSchemaChange, type Direction, type SchemaSubject } from "../phrase.js";
import { splitSchemaPath } from "../schema-path.js";
import { toJsonPointer, type JsonPath } from "../pointer.js";
import type { ChangeSite, DescribeContext, Described, SpecDiff } from "../site.js";

/** How a body's fields and the body itself are named: `response field`, `response body`. */
export interface BodyWords {
  kind: string;
  root: string;
  direction: Direction;
}

/** Phrases a change at `schemaPath`, the path below the body's `schema`. */
export function describeBodySchemaChange(
  diff: SpecDiff,
  context: DescribeContext,
  makeSite: (keyword: JsonPath, isSchema: boolean) => ChangeSite,
  schemaPath: JsonPath,
  words: BodyWords,
): Described {
  const { field, keyword } = splitSchemaPath(schemaPath);
  const subject: SchemaSubject = { kind: words.kind, field, root: words.root, suffix: "" };
  const isRequiredProperty = context.requiredProperties.has(
    `${toJsonPointer(diff.path)}|${diff.action}`,
  );
  const message = phraseSchemaChange({
    diff,
    subject,
    keyword,
    direction: words.direction,
    isRequiredProperty,
  });
  return { message, site: makeSite(keyword, true) };
}
