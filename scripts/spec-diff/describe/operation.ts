/**
 * Phrases a change inside one operation: its parameters, request body, responses and security.
 */
import { isInExample } from "../../shared/openapi.js";
import { describeValues, pastTense, phraseWholeOperation } from "../phrase.js";
import { resolveAt, resolveNode, type JsonPath } from "../pointer.js";
import {
  site,
  type ChangeSite,
  type DescribeContext,
  type Described,
  type SpecDiff,
} from "../site.js";
import { describeParameterChange } from "./parameter.js";
import { describeResponseChange } from "./response.js";
import { describeBodySchemaChange } from "./schema.js";
import { phraseSecurityChange } from "./security.js";
import { codeSpan } from "../render/escape.js";

/** Phrases a change at `rest`, the path below the operation (or below the path item). */
export function describeOperationPart(
  diff: SpecDiff,
  context: DescribeContext,
  operation: string,
  rest: JsonPath,
): Described {
  const [part, ...sub] = rest;
  if (part === undefined) {
    return {
      message: phraseWholeOperation(diff, operation),
      site: site(operation, "operation", []),
    };
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
      message: phraseSecurityChange(diff, context, sub, false),
      site: site(operation, "security", sub),
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
  diff: SpecDiff,
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
        ? `request body may now be sent as ${codeSpan(mediaType)}`
        : `request body ${diff.action === "remove" ? "no longer accepts" : "changed for"} ${codeSpan(mediaType)}`;
    return { message, site: bodySite(["content"]) };
  }
  if (key === "required") {
    return {
      message: `request body is now ${diff.after === true ? "required" : "optional"}`,
      site: bodySite(["required"]),
    };
  }
  const part = isInExample(sub) ? "examples" : sub.join(".");
  return { message: `${part} of the request body ${pastTense(diff)}`, site: bodySite(sub) };
}
