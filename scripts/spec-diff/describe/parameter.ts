/**
 * Phrases a change to one parameter of an operation: added, removed, renamed, made required,
 * or changed inside its schema.
 */
import { isObject } from "../../shared/guards.js";
import { describeValues, pastTense, phraseSchemaChange, type SchemaSubject } from "../phrase.js";
import { splitSchemaPath } from "../schema-path.js";
import { resolveAt, resolveNode, type JsonPath } from "../pointer.js";
import {
  PARAMETER_NOUNS,
  site,
  type ChangeSite,
  type DescribeContext,
  type Described,
  type SpecDiff,
} from "../site.js";
import { codeSpan } from "../render/escape.js";

function parameterAt(
  diff: SpecDiff,
  context: DescribeContext,
  index: number,
  isWhole: boolean,
): Record<string, unknown> {
  const [, pathKey, method] = diff.path;
  if (isWhole) {
    // A whole added parameter is in `diff.after`; its index counts in api-smart-diff's merged
    // list, not in the after document.
    const document = diff.action === "add" ? context.after : context.before;
    const node = resolveNode(document, diff.action === "add" ? diff.after : diff.before);
    if (isObject(node)) return node;
  }
  // Anything else is addressed by its index in the before document, where api-smart-diff has
  // appended the path-level parameters to the operation's own.
  for (const document of [context.before, context.after]) {
    const own = resolveAt(document, ["paths", String(pathKey), String(method), "parameters"]);
    const shared = resolveAt(document, ["paths", String(pathKey), "parameters"]);
    const all = [...(Array.isArray(own) ? own : []), ...(Array.isArray(shared) ? shared : [])];
    const node = resolveNode(document, all[index]);
    if (isObject(node)) return node;
  }
  return {};
}

/** Phrases a change at `sub` (`[index, …]`) below an operation's `parameters`. */
export function describeParameterChange(
  diff: SpecDiff,
  context: DescribeContext,
  operation: string,
  sub: JsonPath,
): Described {
  const [index, key, ...schemaPath] = sub;
  const parameter = parameterAt(diff, context, Number(index), key === undefined);
  const location = String(parameter["in"] ?? "");
  const name = String(parameter["name"] ?? `#${String(index)}`);
  const label = `${PARAMETER_NOUNS[location] ?? "parameter"} ${codeSpan(name)}`;
  const paramSite = (keyword: JsonPath, isSchema = false): ChangeSite =>
    site(operation, "parameter", keyword, {
      direction: "request",
      isSchema,
      parameterIn: location,
      parameterName: name,
    });
  if (key === undefined) {
    if (diff.action === "add") {
      const isRequired = parameter["required"] === true;
      const message = `new ${isRequired ? "required" : "optional"} ${label}`;
      return { message, site: { ...paramSite([]), isRequired } };
    }
    return { message: `${label} ${pastTense(diff)}`, site: paramSite([]) };
  }
  if (key === "name" && diff.action === "replace") {
    const noun = PARAMETER_NOUNS[location] ?? "parameter";
    const message = `${noun} ${codeSpan(diff.before)} renamed to ${codeSpan(diff.after)}`;
    return { message, site: paramSite(["name"]) };
  }
  if (key === "required") {
    const isRequired = diff.action !== "remove" && diff.after === true;
    return {
      message: `${label} is now ${isRequired ? "required" : "optional"}`,
      site: paramSite(["required"]),
    };
  }
  if (key === "schema") {
    const { field, keyword } = splitSchemaPath(schemaPath);
    const subject: SchemaSubject = { kind: `${label} field`, field, root: label, suffix: "" };
    const message = phraseSchemaChange({
      diff,
      subject,
      keyword,
      direction: "request",
      isRequiredProperty: false,
    });
    return { message, site: paramSite(keyword, true) };
  }
  const message =
    key === "deprecated"
      ? `${label} ${diff.after === true ? "deprecated" : "no longer deprecated"}`
      : `${String(key)} of ${label} ${pastTense(diff)}${key === "description" ? "" : describeValues(diff)}`;
  return { message, site: paramSite([key, ...schemaPath]) };
}
