/**
 * Rules for the parts of an API around its schemas: examples, path templates and parameters,
 * request bodies, operation ids, servers, security schemes and unused components.
 */
import { isInExample } from "../../shared/openapi.js";
import { typed, verdict, type CallerRule, type Verdict } from "../classes.js";
import type { ChangeSite, DescribeContext, SpecDiff } from "../site.js";
import { isSchemeInUse } from "./security.js";

// Parts of an OAuth flow or OpenID Connect scheme that say where callers get tokens: existing
// tokens keep working, new ones come from the new place.
const TOKEN_SOURCES = new Set(["authorizationUrl", "tokenUrl", "refreshUrl", "openIdConnectUrl"]);

function securitySchemeVerdict(
  diff: SpecDiff,
  site: ChangeSite,
  context: DescribeContext,
): Verdict {
  const [key, flow, part] = site.keyword;
  if (key === undefined && diff.action === "add") {
    return verdict("safe", "unused until a security requirement names it");
  }
  const name = site.component?.name ?? "";
  if (!isSchemeInUse(context.before, name) && !isSchemeInUse(context.after, name)) {
    return verdict("safe", "no operation requires this scheme, so no call sends its credentials");
  }
  if (key === "bearerFormat") {
    return verdict(
      "safe",
      "documentation of the token's format; callers send the same credentials",
    );
  }
  const where = key === "flows" ? part : key;
  if (TOKEN_SOURCES.has(String(where))) {
    return verdict(
      "review",
      "existing tokens keep working; callers that obtain new ones must use the new URL",
    );
  }
  if (key === "flows" && part === "scopes") {
    return diff.action === "add"
      ? verdict("safe", "a scope callers may now ask for; no requirement changes")
      : verdict(
          "review",
          "tokens may no longer be issued with this scope; operations that still require it are judged by their requirements",
        );
  }
  if (key === "flows" && flow !== undefined && part === undefined) {
    return diff.action === "add"
      ? verdict("safe", "another way to obtain tokens; existing ones keep working")
      : verdict("breaking", "callers that obtain tokens through this flow can no longer get them");
  }
  return verdict(
    "breaking",
    "callers keep sending credentials the old way, and requests fail with 401",
  );
}

/** The rule for examples, which come first: a changed example is documentation anywhere. */
export const EXAMPLE_RULES: readonly CallerRule[] = [
  // Examples are documentation; the library leaves changed example values unclassified.
  {
    applies: (_diff, site) => isInExample(site.keyword) || site.component?.section === "examples",
    verdict: () =>
      verdict(
        "safe",
        "examples are documentation; requests, responses and types keep their shape",
        true,
      ),
  },
];

/** Rules for operations, parameters, bodies, servers, schemes and components. */
export const API_RULES: readonly CallerRule[] = [
  // Renaming a path parameter keeps the URL, but typed callers name it in `params.path`.
  {
    applies: (diff, site) =>
      site.area === "parameter" &&
      site.parameterIn === "path" &&
      site.keyword[0] === "name" &&
      diff.action === "replace",
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "same URL on the wire, but typed callers pass `params.path` by the old name and no longer compile",
      ),
  },
  // A removed parameter: typed callers that still pass it fail the excess-property check.
  {
    applies: (diff, site) =>
      site.area === "parameter" && site.keyword.length === 0 && diff.action === "remove",
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "calls that still pass it no longer compile, and the API ignores or rejects it",
      ),
  },
  // A documented response header gone: openapi-fetch does not type headers, so this shows only
  // at runtime, where code that reads it gets `null`.
  {
    applies: (diff, site) =>
      site.area === "response-header" && site.keyword.length === 0 && diff.action === "remove",
    verdict: () =>
      verdict("breaking", "code that reads it (`response.headers.get(…)`) now gets `null`"),
  },
  // The library maps the renamed path as the same path; typed callers spell the template literally.
  {
    applies: (_diff, site) => site.area === "path-template",
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "typed callers pass the path template as a literal; the old one no longer compiles",
      ),
  },
  // Credentials are sent the way the scheme says; a change to one that operations require can
  // lock callers out. A scheme no operation requires affects no call.
  {
    applies: (_diff, site) => site.area === "security-scheme" && site.keyword[0] !== "description",
    verdict: (diff, site, context) => securitySchemeVerdict(diff, site, context),
  },
  // The library calls any added request body non-breaking; a required one rejects existing calls.
  {
    applies: (diff, site) =>
      site.area === "request-body" &&
      site.keyword.length === 0 &&
      diff.action === "add" &&
      site.isRequired === true,
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "existing calls send no body, so the API rejects them, and they no longer compile",
      ),
  },
  // The generated `operations` type is keyed by operation id.
  {
    applies: (_diff, site) => site.area === "operation" && site.keyword[0] === "operationId",
    verdict: () =>
      verdict(
        "review",
        'code that names `operations["…"]` in the generated types must follow the new id',
      ),
  },
  // Server URLs are documentation to the library, but callers using a default base URL follow them.
  {
    applies: (_diff, site) => site.area === "servers",
    verdict: () =>
      verdict(
        "review",
        "callers that rely on a default base URL may need to follow the new server",
      ),
  },
  // A component no operation uses (the library's duplicates are pruned): only its exported type changes.
  {
    applies: (diff, site) => site.area === "component" && diff.type !== "annotation",
    verdict: (diff) => {
      // `components/<section>/<name>`: the whole component, not a part of it.
      const isWhole = diff.path.length === 3;
      if (isWhole && diff.action === "remove") {
        return verdict("breaking", "code that imports its generated type no longer compiles");
      }
      if (isWhole && diff.action === "add")
        return verdict("safe", "additive: a new generated type");
      return verdict(
        "review",
        "no operation uses it; only code that imports its generated type is affected",
      );
    },
  },
];
