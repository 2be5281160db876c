/**
 * Phrases a change to one response of an operation: the response itself, its media types, its
 * body schema and its headers.
 */
import { isInExample } from "../../shared/openapi.js";
import { pastTense, phraseSchemaChange, type SchemaSubject } from "../phrase.js";
import { splitSchemaPath } from "../schema-path.js";
import type { JsonPath } from "../pointer.js";
import {
  site,
  type Area,
  type ChangeSite,
  type DescribeContext,
  type Described,
  type SpecDiff,
} from "../site.js";
import { describeBodySchemaChange } from "./schema.js";
import { codeSpan } from "../render/escape.js";

/** True for a status whose body openapi-fetch returns as `data`: `2xx` and `2XX`. */
export function isSuccessStatus(status: string): boolean {
  return /^2/.test(status);
}

/** Phrases a change at `sub` (`[status, …]`) below an operation's `responses`. */
export function describeResponseChange(
  diff: SpecDiff,
  context: DescribeContext,
  operation: string,
  sub: JsonPath,
): Described {
  const [status, key, name, schemaKey, ...schemaPath] = sub;
  const code = String(status);
  const isSuccess = isSuccessStatus(code);
  const responseSite = (area: Area, keyword: JsonPath, isSchema = false): ChangeSite =>
    site(operation, area, keyword, { direction: "response", isSchema, status: code });
  if (key === undefined) {
    const message =
      diff.action === "add"
        ? `new response ${codeSpan(code)}`
        : `response ${codeSpan(code)} ${pastTense(diff)}`;
    return { message, site: responseSite("response", []) };
  }
  if (key === "content" && name !== undefined && schemaKey === "schema") {
    return describeBodySchemaChange(
      diff,
      context,
      (keyword, isSchema) => responseSite("response", keyword, isSchema),
      schemaPath,
      {
        kind: isSuccess ? "response field" : `${codeSpan(code)} response field`,
        root: isSuccess ? "response body" : `${codeSpan(code)} response body`,
        direction: "response",
      },
    );
  }
  if (key === "content" && name !== undefined && schemaKey === undefined) {
    const message =
      diff.action === "add"
        ? `response ${codeSpan(code)} may now be sent as ${codeSpan(name)}`
        : `response ${codeSpan(code)} ${diff.action === "remove" ? "is no longer sent as" : "changed for"} ${codeSpan(name)}`;
    return { message, site: responseSite("response", ["content"]) };
  }
  if (key === "headers" && name !== undefined) {
    return describeHeaderChange(diff, String(name), [schemaKey, ...schemaPath], responseSite);
  }
  const keyword = sub.slice(1);
  const part = isInExample(keyword) ? "examples" : keyword.join(".");
  return {
    message: `${part} of response ${codeSpan(code)} ${pastTense(diff)}`,
    site: responseSite("response", keyword),
  };
}

function describeHeaderChange(
  diff: SpecDiff,
  name: string,
  below: ReadonlyArray<string | number | undefined>,
  responseSite: (area: Area, keyword: JsonPath, isSchema?: boolean) => ChangeSite,
): Described {
  const label = `response header ${codeSpan(name)}`;
  const [schemaKey, ...schemaPath] = below.filter((part) => part !== undefined);
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
  const keyword = [schemaKey, ...schemaPath];
  return {
    message: `${keyword.join(".")} of ${label} ${pastTense(diff)}`,
    site: responseSite("response-header", keyword),
  };
}
