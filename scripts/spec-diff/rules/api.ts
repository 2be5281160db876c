/**
 * Rules for the parts of an API around its schemas: examples, path templates and parameters,
 * request bodies, operation ids, servers, security schemes and unused components.
 */
import { isInExample } from "../../shared/openapi.js";
import { verdict, type CallerRule } from "../classes.js";

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
      verdict(
        "breaking",
        "same URL on the wire, but typed callers pass `params.path` by the old name and no longer compile",
      ),
  },
  // A removed parameter: typed callers that still pass it fail the excess-property check.
  {
    applies: (diff, site) =>
      site.area === "parameter" && site.keyword.length === 0 && diff.action === "remove",
    verdict: () =>
      verdict(
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
      verdict(
        "breaking",
        "typed callers pass the path template as a literal; the old one no longer compiles",
      ),
  },
  // Credentials are sent the way the scheme says; any change but its wording locks callers out.
  // A new scheme matters only where a security requirement names it, which is judged separately.
  {
    applies: (_diff, site) => site.area === "security-scheme" && site.keyword[0] !== "description",
    verdict: (diff, site) =>
      site.keyword.length === 0 && diff.action === "add"
        ? verdict("safe", "unused until a security requirement names it")
        : verdict(
            "breaking",
            "callers keep sending credentials the old way, and requests fail with 401",
          ),
  },
  // The library calls any added request body non-breaking; a required one rejects existing calls.
  {
    applies: (diff, site) =>
      site.area === "request-body" &&
      site.keyword.length === 0 &&
      diff.action === "add" &&
      site.isRequired === true,
    verdict: () => verdict("breaking", "existing calls send no body, so the API rejects them"),
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
