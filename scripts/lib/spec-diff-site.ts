/**
 * Where a change sits in the API, as `spec:diff` records it for phrasing and classification.
 */
import type { Diff } from "api-smart-diff";
import type { OpenAPIDocument } from "./spec-diff-load.js";
import type { Direction } from "./spec-diff-phrase.js";
import type { JsonPath } from "./spec-diff-pointer.js";

/** The part of the API a change touches. */
export type Area =
  | "operation"
  | "path-template"
  | "parameter"
  | "request-body"
  | "response"
  | "response-header"
  | "security-scheme"
  | "component"
  | "servers"
  | "document";

/** Where a change sits, as the classification rules need to know it. */
export interface ChangeSite {
  /** `POST /v4/…`; a bare path for path-level changes; null outside operations. */
  operation: string | null;
  area: Area;
  direction: Direction;
  /** True when the change is inside a JSON Schema (a body, parameter or header schema). */
  isSchema: boolean;
  /** What changed below the subject (`["enum", 9]`, `["name"]`); `[]` for the subject itself. */
  keyword: JsonPath;
  /** For parameters: `path`, `query`, `header` or `cookie`. */
  parameterIn?: string;
  /** For an added parameter or request body: whether callers must send it. */
  isRequired?: boolean;
  /** For components: the section (`schemas`, `securitySchemes`, …) and the name. */
  component?: { section: string; name: string };
}

/** One change, placed and phrased; `diff` is the library's record it came from. */
export interface DescribedChange {
  diff: Diff;
  site: ChangeSite;
  /** JSON pointer of the change in the dereferenced document. */
  where: string;
  message: string;
}

/** What phrasing needs besides the diff. */
export interface DescribeContext {
  before: OpenAPIDocument;
  after: OpenAPIDocument;
  /** `<pointer of a property>|<action>` for properties added to or removed from `required` too. */
  requiredProperties: ReadonlySet<string>;
}

/** HTTP methods an OpenAPI path item may hold, lower case as in the document. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Noun for a parameter by where it is sent. */
export const PARAMETER_NOUNS: Record<string, string> = {
  path: "path parameter",
  query: "query parameter",
  header: "header",
  cookie: "cookie",
};

/** A change placed and phrased, before the report adds its pointer. */
export type Described = Omit<DescribedChange, "diff" | "where">;

/** A site of `area` in `operation`; `extra` sets the optional fields. */
export function site(
  operation: string | null,
  area: Area,
  keyword: JsonPath,
  extra: Partial<ChangeSite> = {},
): ChangeSite {
  return { operation, area, direction: "none", isSchema: false, keyword, ...extra };
}
