/**
 * Phrases a change outside the operations: security schemes, components no operation uses,
 * servers and document metadata.
 */
import {
  describeValues,
  formatValue,
  pastTense,
  phraseSchemaChange,
  type SchemaSubject,
} from "../phrase.js";
import { splitSchemaPath } from "../schema-path.js";
import { resolveAt, type JsonPath } from "../pointer.js";
import { phraseSecurityChange } from "./security.js";
import {
  PARAMETER_NOUNS,
  site,
  type DescribeContext,
  type Described,
  type SpecDiff,
} from "../site.js";
import { codeSpan } from "../render/escape.js";

/** Phrases a change whose path does not start at `paths`. */
export function describeOutsideOperations(diff: SpecDiff, context: DescribeContext): Described {
  const [root, section, name, ...sub] = diff.path;
  if (root === "components" && section !== undefined && name !== undefined) {
    return describeComponentChange(diff, context, String(section), String(name), sub);
  }
  const keyword = diff.path.slice(1);
  if (root === "servers") {
    const isUrl = keyword[keyword.length - 1] === "url";
    const message = isUrl
      ? `server URL ${pastTense(diff)}${describeValues(diff)}`
      : `servers ${pastTense(diff)}`;
    return { message, site: site(null, "servers", keyword) };
  }
  if (root === "info") {
    const key = keyword.join(".") || "info";
    const values = key === "description" ? "" : describeValues(diff);
    return {
      message: `API ${key} ${pastTense(diff)}${values}`,
      site: site(null, "document", diff.path),
    };
  }
  if (root === "security") {
    return {
      message: phraseSecurityChange(diff, context, diff.path.slice(1), true),
      site: site(null, "security", diff.path.slice(1)),
    };
  }
  if (root === "openapi") {
    return {
      message: `OpenAPI version ${pastTense(diff)}${describeValues(diff)}`,
      site: site(null, "document", diff.path),
    };
  }
  return {
    message: `${codeSpan(diff.path.join("."))} ${pastTense(diff)}${describeValues(diff)}`,
    site: site(null, "document", diff.path),
  };
}

function describeComponentChange(
  diff: SpecDiff,
  context: DescribeContext,
  section: string,
  name: string,
  sub: JsonPath,
): Described {
  const component = { section, name };
  if (section === "securitySchemes") {
    return {
      message: phraseSecuritySchemeChange(diff, context, name, sub),
      site: site(null, "security-scheme", sub, { component }),
    };
  }
  if (section === "schemas" && sub.length > 0) {
    const { field, keyword } = splitSchemaPath(sub);
    const subject: SchemaSubject = {
      kind: "field",
      field,
      root: `schema ${codeSpan(name)}`,
      suffix: ` of schema ${codeSpan(name)}`,
    };
    const message = phraseSchemaChange({
      diff,
      subject,
      keyword,
      direction: "none",
      isRequiredProperty: false,
    });
    return { message, site: site(null, "component", keyword, { component, isSchema: true }) };
  }
  const noun =
    section === "schemas"
      ? "schema"
      : section === "examples"
        ? "example"
        : `${codeSpan(section)} component`;
  const detail = sub.length > 0 ? `${codeSpan(sub.join("."))} of ` : "";
  const message =
    sub.length === 0 && diff.action === "add"
      ? `new ${noun} ${codeSpan(name)}`
      : `${detail}${noun} ${codeSpan(name)} ${pastTense(diff)}${sub.length > 0 ? describeValues(diff) : ""}`;
  return { message, site: site(null, "component", sub, { component }) };
}

function phraseSecuritySchemeChange(
  diff: SpecDiff,
  context: DescribeContext,
  name: string,
  sub: JsonPath,
): string {
  const label = `security scheme ${codeSpan(name)}`;
  const [key] = sub;
  if (key === undefined)
    return diff.action === "add" ? `new ${label}` : `${label} ${pastTense(diff)}`;
  if (key === "name") {
    const location = resolveAt(diff.action === "remove" ? context.before : context.after, [
      "components",
      "securitySchemes",
      name,
      "in",
    ]);
    const where = PARAMETER_NOUNS[String(location)] ?? "parameter";
    if (diff.action === "replace") {
      return `${label} now reads the API key from ${where} ${codeSpan(diff.after)} instead of ${codeSpan(diff.before)}`;
    }
    return diff.action === "add"
      ? `${label} now reads the API key from ${where} ${codeSpan(diff.after)}`
      : `${label} no longer reads the API key from ${codeSpan(diff.before)}`;
  }
  if (key === "type" && diff.action === "replace") {
    return `${label} changed from type ${formatValue(diff.before)} to ${formatValue(diff.after)}`;
  }
  if (key === "scheme" && diff.action === "add")
    return `${label} now uses HTTP scheme ${formatValue(diff.after)}`;
  if (key === "description") return `description of ${label} ${pastTense(diff)}`;
  return `${codeSpan(sub.join("."))} of ${label} ${pastTense(diff)}${describeValues(diff)}`;
}
