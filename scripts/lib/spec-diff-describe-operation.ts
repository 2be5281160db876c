/**
 * Phrases a change inside one operation: its parameters, request body and responses.
 */
import type { Diff } from "api-smart-diff";
import {
  describeValues,
  pastTense,
  phraseSchemaChange,
  splitSchemaPath,
  type Direction,
  type SchemaSubject,
} from "./spec-diff-phrase.js";
import { describeParameterChange } from "./spec-diff-describe-parameter.js";
import { resolveAt, resolveNode, toJsonPointer, type JsonPath } from "./spec-diff-pointer.js";
import {
  site,
  type Area,
  type ChangeSite,
  type DescribeContext,
  type Described,
} from "./spec-diff-site.js";

/** Phrases a change at `rest`, the path below the operation (or below the path item). */
export function describeOperationPart(
  diff: Diff,
  context: DescribeContext,
  operation: string,
  rest: JsonPath,
): Described {
  const [part, ...sub] = rest;
  if (part === undefined) {
    const message = diff.action === "add" ? "new operation" : `operation ${pastTense(diff)}`;
    return { message, site: site(operation, "operation", []) };
  }
  if (part === "parameters" && typeof sub[0] === "number") {
    return describeParameterChange(diff, context, operation, sub);
  }
  if (part === "requestBody") return describeRequestBodyChange(diff, context, operation, sub);
  if (part === "responses" && sub[0] !== undefined) {
    return describeResponseChange(diff, context, operation, sub);
  }
  if (part === "deprecated") {
    const message = diff.after === true ? "operation deprecated" : "operation no longer deprecated";
    return { message, site: site(operation, "operation", ["deprecated"]) };
  }
  if (part === "security") {
    return {
      message: `security requirements of the operation ${pastTense(diff)}`,
      site: site(operation, "operation", ["security"]),
    };
  }
  if (part === "servers") {
    return {
      message: `servers of the operation ${pastTense(diff)}${describeValues(diff)}`,
      site: site(operation, "servers", sub),
    };
  }
  if (part === "operationId") {
    return {
      message: `operation id ${pastTense(diff)}${describeValues(diff)}`,
      site: site(operation, "operation", [part]),
    };
  }
  return {
    message: `${String(part)} of the operation ${pastTense(diff)}`,
    site: site(operation, "operation", [part]),
  };
}

function describeRequestBodyChange(
  diff: Diff,
  context: DescribeContext,
  operation: string,
  sub: JsonPath,
): Described {
  const [key, mediaType, schemaKey, ...schemaPath] = sub;
  const bodySite = (keyword: JsonPath, isSchema = false): ChangeSite =>
    site(operation, "request-body", keyword, { direction: "request", isSchema });
  if (key === undefined) {
    const body = diff.action === "add" ? diff.after : diff.before;
    const node = resolveNode(diff.action === "add" ? context.after : context.before, body);
    const isRequired = resolveAt(node, ["required"]) === true;
    const message =
      diff.action === "add"
        ? `new ${isRequired ? "required" : "optional"} request body`
        : `request body ${pastTense(diff)}`;
    return { message, site: { ...bodySite([]), isRequired } };
  }
  if (key === "content" && mediaType !== undefined && schemaKey === "schema") {
    return describeBodySchemaChange(diff, context, bodySite, schemaPath, {
      kind: "request field",
      root: "request body",
      direction: "request",
    });
  }
  if (key === "content" && mediaType !== undefined && schemaKey === undefined) {
    const message =
      diff.action === "add"
        ? `request body may now be sent as \`${String(mediaType)}\``
        : `request body ${diff.action === "remove" ? "no longer accepts" : "changed for"} \`${String(mediaType)}\``;
    return { message, site: bodySite(["content"]) };
  }
  if (key === "required") {
    return {
      message: `request body is now ${diff.after === true ? "required" : "optional"}`,
      site: bodySite(["required"]),
    };
  }
  return {
    message: `${nameOf(sub)} of the request body ${pastTense(diff)}`,
    site: bodySite(sub),
  };
}

function describeResponseChange(
  diff: Diff,
  context: DescribeContext,
  operation: string,
  sub: JsonPath,
): Described {
  const [status, key, name, schemaKey, ...schemaPath] = sub;
  const code = String(status);
  const isSuccess = /^2/.test(code);
  const responseSite = (area: Area, keyword: JsonPath, isSchema = false): ChangeSite =>
    site(operation, area, keyword, { direction: "response", isSchema });
  if (key === undefined) {
    const message =
      diff.action === "add"
        ? `new response \`${code}\``
        : `response \`${code}\` ${pastTense(diff)}`;
    return { message, site: responseSite("response", []) };
  }
  if (key === "content" && name !== undefined && schemaKey === "schema") {
    return describeBodySchemaChange(
      diff,
      context,
      (keyword, isSchema) => responseSite("response", keyword, isSchema),
      schemaPath,
      {
        kind: isSuccess ? "response field" : `\`${code}\` response field`,
        root: isSuccess ? "response body" : `\`${code}\` response body`,
        direction: "response",
      },
    );
  }
  if (key === "content" && name !== undefined && schemaKey === undefined) {
    const message =
      diff.action === "add"
        ? `response \`${code}\` may now be sent as \`${String(name)}\``
        : `response \`${code}\` ${diff.action === "remove" ? "is no longer sent as" : "changed for"} \`${String(name)}\``;
    return { message, site: responseSite("response", ["content"]) };
  }
  if (key === "headers" && name !== undefined) {
    const label = `response header \`${String(name)}\``;
    const keyword = [schemaKey, ...schemaPath].filter((part) => part !== undefined);
    if (schemaKey === undefined) {
      const message = diff.action === "add" ? `new ${label}` : `${label} ${pastTense(diff)}`;
      return { message, site: responseSite("response-header", []) };
    }
    if (schemaKey === "schema") {
      const split = splitSchemaPath(schemaPath);
      const subject: SchemaSubject = {
        kind: `${label} field`,
        field: split.field,
        root: label,
        suffix: "",
      };
      const message = phraseSchemaChange({
        diff,
        subject,
        keyword: split.keyword,
        direction: "response",
        isRequiredProperty: false,
      });
      return { message, site: responseSite("response-header", split.keyword, true) };
    }
    return {
      message: `${keyword.join(".")} of ${label} ${pastTense(diff)}`,
      site: responseSite("response-header", keyword),
    };
  }
  const keyword = sub.slice(1);
  return {
    message: `${nameOf(keyword)} of response \`${code}\` ${pastTense(diff)}`,
    site: responseSite("response", keyword),
  };
}

// Names a part of a body or response in a message; examples however deeply nested are "examples".
function nameOf(keyword: JsonPath): string {
  return keyword.some((key) => key === "example" || key === "examples")
    ? "examples"
    : keyword.join(".");
}

interface BodyWords {
  kind: string;
  root: string;
  direction: Direction;
}

function describeBodySchemaChange(
  diff: Diff,
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
