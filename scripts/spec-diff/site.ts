/**
 * Where a change sits in the API, as `spec:diff` records it for phrasing and classification.
 */
import type { Diff } from "api-smart-diff";
import type { OpenAPIDocument } from "./load.js";
import type { Direction } from "./phrase.js";
import type { JsonPath } from "./pointer.js";

/** A change as spec:diff handles it: api-smart-diff's record, or one made from several. */
export type SpecDiff = Diff & {
  /** For a change in whether a field allows `null`: how callers typed the field without it. */
  typeLabel?: string;
  /**
   * `rewritten`: the schema is written differently but allows the same values; `moved`: fields
   * moved into `oneOf`/`anyOf` variants (named by `movedFields`).
   */
  meaning?: "rewritten" | "moved";
  /** For `moved`: the fields that moved into the variants. */
  movedFields?: string[];
};

/** The part of the API a change touches. */
export type Area =
  | "operation"
  | "path-template"
  | "parameter"
  | "request-body"
  | "response"
  | "response-header"
  | "security"
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
  /** For parameters: the name, as the base revision has it (the head's for a new one). */
  parameterName?: string;
  /** For an added parameter or request body: whether callers must send it. */
  isRequired?: boolean;
  /** For responses: the status code as written (`200`, `4XX`, `default`). */
  status?: string;
  /** For components: the section (`schemas`, `securitySchemes`, …) and the name. */
  component?: { section: string; name: string };
}

/** One change, placed and phrased; `diff` is the record it came from. */
export interface DescribedChange {
  diff: SpecDiff;
  site: ChangeSite;
  /** JSON pointer of the change in the dereferenced document. */
  where: string;
  message: string;
}

/** What phrasing and classification need besides the diff. */
export interface DescribeContext {
  before: OpenAPIDocument;
  after: OpenAPIDocument;
  /** `<pointer of a property>|<action>` for properties added to or removed from `required` too. */
  requiredProperties: ReadonlySet<string>;
}

/** Noun for a parameter by where it is sent. */
export const PARAMETER_NOUNS: Record<string, string> = {
  path: "path parameter",
  query: "query parameter",
  header: "header",
  cookie: "cookie",
};

/** A change placed and phrased, before the report adds its pointer. */
export type Described = Omit<DescribedChange, "diff" | "where">;

/** True for a change inside a schema of what callers send: a request body or parameter. */
export function isSentSchema(site: ChangeSite): boolean {
  return site.isSchema && site.direction === "request";
}

/** True for a change inside a schema of what callers read: a response body or header. */
export function isReadSchema(site: ChangeSite): boolean {
  return site.isSchema && site.direction === "response";
}

/** A site of `area` in `operation`; `extra` sets the optional fields. */
export function site(
  operation: string | null,
  area: Area,
  keyword: JsonPath,
  extra: Partial<ChangeSite> = {},
): ChangeSite {
  return { operation, area, direction: "none", isSchema: false, keyword, ...extra };
}
