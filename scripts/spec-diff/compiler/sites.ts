/**
 * Where in the generated declarations a change lands, as a TypeScript type expression for each
 * revision: `Prop<$.paths["/a"]["post"]["responses"]["200"]["content"]["application/json"], "name">`.
 * `$` stands for the revision's declaration module; the helpers (`Prop`, `Item`, `Slot`, …) are
 * declared in the synthesized check file (check-file.ts).
 */
import { HTTP_METHODS } from "../../shared/openapi.js";
import type { JsonPath } from "../pointer.js";
import { isTypeless } from "../keywords.js";
import type { ChangeSite, SpecDiff } from "../site.js";

/** Which way values cross the site: callers read responses and send requests. */
export type SiteDirection = "read" | "send";

/**
 * A place in the generated types to compare between revisions. A `value` site compares the
 * type there; a `slot` site compares one property of the object there (`Pick<T, key>`), so
 * that a field added next to a field removed are judged apart.
 */
export interface TypeSite {
  direction: SiteDirection;
  kind: "value" | "slot";
  /** Type expression in the base revision, `$` standing for its module. */
  before: string;
  /** Type expression in the head revision, `$` standing for its module. */
  after: string;
  /** For a slot: the names of the properties it holds (one, unless judged together). */
  keys?: readonly string[];
}

const literal = (value: unknown): string => JSON.stringify(String(value));

const value = (direction: SiteDirection, expression: string): TypeSite => ({
  direction,
  kind: "value",
  before: expression,
  after: expression,
});

const slot = (direction: SiteDirection, expression: string, key: string): TypeSite => ({
  ...value(direction, expression),
  kind: "slot",
  keys: [key],
});

/**
 * The site inside a schema whose type is `base`, for a change at `path` below the schema: the
 * field that holds the changed keyword, or the object that holds an added or removed field.
 */
function schemaSite(
  direction: SiteDirection,
  base: string,
  path: JsonPath,
  diff: SpecDiff,
): TypeSite | undefined {
  let expression = base;
  let index = 0;
  while (index < path.length) {
    const [key, next] = [path[index], path[index + 1]];
    const rest = path.length - index;
    if (key === "properties" && next !== undefined) {
      // A field added or removed is judged in its object; a field replaced is judged itself.
      if (rest === 2 && diff.action !== "replace") return slot(direction, expression, String(next));
      expression = `Prop<${expression}, ${literal(next)}>`;
      index += 2;
    } else if (key === "required" && typeof next === "number" && rest === 2) {
      const name = diff.action === "add" ? diff.after : diff.before;
      return slot(direction, expression, String(name));
    } else if (key === "items" && rest > 1) {
      expression = `Item<${expression}>`;
      index += 1;
    } else if (key === "additionalProperties" && rest > 1) {
      expression = `Entry<${expression}>`;
      index += 1;
    } else if (key === "patternProperties" && next !== undefined && rest > 2) {
      expression = `Entry<${expression}>`;
      index += 2;
    } else if (
      (key === "allOf" || key === "anyOf" || key === "oneOf") &&
      typeof next === "number" &&
      rest > 2
    ) {
      // What is inside a member is part of the whole: an intersection has every member's
      // fields, and the helpers distribute over a union's members.
      index += 2;
    } else {
      break;
    }
  }
  return isTypeless(path[index]) ? undefined : value(direction, expression);
}

function responseSites(operation: string, sub: JsonPath, diff: SpecDiff): TypeSite[] {
  const [status, key, media, schemaKey, ...schemaPath] = sub;
  if (status === undefined || key === "headers") return [];
  // A whole response or media type changes what openapi-fetch's `data` and `error` are read as.
  if (key === undefined || (key === "content" && schemaKey === undefined)) {
    return [value("read", `DataRead<${operation}>`), value("read", `FailureRead<${operation}>`)];
  }
  if (key !== "content" || schemaKey !== "schema") return [];
  const body = `${operation}["responses"][${literal(status)}]["content"][${literal(media)}]`;
  return found(schemaSite("read", body, schemaPath, diff));
}

const found = (site: TypeSite | undefined): TypeSite[] => (site === undefined ? [] : [site]);

function requestBodySites(operation: string, sub: JsonPath, diff: SpecDiff): TypeSite[] {
  const [key, media, schemaKey, ...schemaPath] = sub;
  const body = `Prop<${operation}, "requestBody">`;
  if (key === undefined || key === "required") return [value("send", body)];
  if (key !== "content") return [];
  if (media === undefined || schemaKey === undefined) return [value("send", `Bodies<${body}>`)];
  if (schemaKey !== "schema") return [];
  const content = `NonNullable<${body}>["content"][${literal(media)}]`;
  return found(schemaSite("send", content, schemaPath, diff));
}

function parameterSites(
  operation: string,
  sub: JsonPath,
  site: ChangeSite,
  diff: SpecDiff,
): TypeSite[] {
  const { parameterIn, parameterName } = site;
  if (parameterIn === undefined || parameterName === undefined) return [];
  const [, key, ...schemaPath] = sub;
  const group = `Group<${operation}, ${literal(parameterIn)}>`;
  if (key === undefined || key === "required") return [slot("send", group, parameterName)];
  if (key === "name") return [value("send", group)];
  if (key !== "schema") return [];
  const parameter = `Prop<${group}, ${literal(parameterName)}>`;
  return found(schemaSite("send", parameter, schemaPath, diff));
}

/**
 * The sites in the generated types where `diff` lands; none where the types say nothing a
 * caller compiles against (response headers, security, servers, documentation, components no
 * operation uses, operations added or removed whole).
 */
export function typeSitesOf(
  diff: SpecDiff,
  site: ChangeSite,
  renamedPaths: ReadonlyMap<string, string> = new Map(),
): TypeSite[] {
  if (site.area === "path-template") {
    // Callers spell the template literally; the old one must still be a key of `paths`.
    return [{ ...value("send", "keyof $.paths"), before: literal(diff.before) }];
  }
  const [root, path, method, part, ...sub] = diff.path;
  if (root !== "paths" || !HTTP_METHODS.includes(String(method)) || part === undefined) {
    return [];
  }
  const operation = `$.paths[${literal(path)}][${literal(method)}]`;
  const sites =
    part === "responses"
      ? responseSites(operation, sub, diff)
      : part === "requestBody"
        ? requestBodySites(operation, sub, diff)
        : part === "parameters"
          ? parameterSites(operation, sub, site, diff)
          : [];
  // api-smart-diff places changes under a renamed path by its old template.
  const renamed = renamedPaths.get(String(path));
  if (renamed === undefined) return sites;
  const operationAfter = `$.paths[${literal(renamed)}][${literal(method)}]`;
  return sites.map((found) => ({
    ...found,
    after: found.after.split(operation).join(operationAfter),
  }));
}
