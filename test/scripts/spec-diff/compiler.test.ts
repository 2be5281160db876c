import { describe, expect, it } from "vitest";
import { checkTypeSites } from "../../../scripts/spec-diff/compiler/findings.js";
import type { TypeSite } from "../../../scripts/spec-diff/compiler/sites.js";

// Declarations in the generator's shape, written small by hand: one operation, whose 200
// response body is `Body`, and whose request body is `Options`.
function declarations(body: string, options = "{ note?: string; }"): string {
  return `export interface paths {
  "/a": { post: operations["add"]; };
}
export interface operations {
  add: {
    parameters: { query?: never; header?: never; path: { id: string; }; cookie?: never; };
    requestBody?: { content: { "application/json": Options; }; };
    responses: {
      200: { headers: { [name: string]: unknown; }; content: { "application/json": Body; }; };
    };
  };
}
export type Options = ${options};
export type Body = ${body};
`;
}

const OPERATION = '$.paths["/a"]["post"]';
const BODY = `${OPERATION}["responses"]["200"]["content"]["application/json"]`;
const OPTIONS = `NonNullable<Prop<${OPERATION}, "requestBody">>["content"]["application/json"]`;

const value = (direction: TypeSite["direction"], expression: string): TypeSite => ({
  direction,
  kind: "value",
  before: expression,
  after: expression,
});
const slot = (direction: TypeSite["direction"], expression: string, key: string): TypeSite => ({
  ...value(direction, expression),
  kind: "slot",
  keys: [key],
});

/** The status the compiler gives the one site `site` between bodies `before` and `after`. */
function statusOf(site: TypeSite, before: string, after: string): string | undefined {
  return checkTypeSites(declarations(before), declarations(after), [site])[0]?.status;
}

describe("checkTypeSites", () => {
  // A response field: what callers read.
  const vendor = value("read", `Prop<${BODY}, "vendor">`);

  it.each([
    ["an enum that lost a value", '"A" | "B" | "C"', '"A" | "B"', "breaking"],
    ["an enum that gained a value", '"A" | "B"', '"A" | "B" | "C"', "widened"],
    ["an enum opened to a string", '"A" | "B"', "string", "widened"],
    ["a field that may now be null", "string", "string | null", "breaking"],
    ["a field that is no longer null", "string | null", "string", "compatible"],
    ["an array that became a tuple", "string[]", "[string, string]", "breaking"],
    ["a union reordered", '"A" | "B"', '"B" | "A"', "identical"],
  ])("finds %s: %s → %s is %s", (_name, before, after, status) => {
    expect(statusOf(vendor, `{ vendor: ${before}; }`, `{ vendor: ${after}; }`)).toBe(status);
  });

  it("finds a response field made optional breaking, and made required compatible", () => {
    expect(statusOf(vendor, "{ vendor: string; }", "{ vendor?: string; }")).toBe("breaking");
    expect(statusOf(vendor, "{ vendor?: string; }", "{ vendor: string; }")).toBe("compatible");
  });

  it("judges a field removed next to a field added apart, slot by slot", () => {
    const [removed, added] = checkTypeSites(
      declarations("{ a?: string; }"),
      declarations("{ b?: string; }"),
      [slot("read", BODY, "a"), slot("read", BODY, "b")],
    );
    expect(removed).toMatchObject({ status: "breaking", keys: '"a"' });
    expect(added?.status).toBe("compatible");
  });

  it("finds a new required request field breaking, and a new optional one compatible", () => {
    const sites = [slot("send", OPTIONS, "tag"), slot("send", OPTIONS, "label")];
    const [required, optional] = checkTypeSites(
      declarations("{}"),
      declarations("{}", "{ note?: string; tag: string; label?: string; }"),
      sites,
    );
    expect(required?.status).toBe("breaking");
    expect(optional?.status).toBe("compatible");
  });

  it("finds a request field removed breaking: object literals that set it fail", () => {
    const site = slot("send", OPTIONS, "note");
    const [finding] = checkTypeSites(declarations("{}"), declarations("{}", "{}"), [site]);
    expect(finding).toMatchObject({ status: "breaking", keys: '"note"' });
  });

  it("says a site the generated types do not have is unresolved", () => {
    const missing = value("read", `${OPERATION}["responses"]["404"]["content"]`);
    expect(statusOf(missing, "{}", "{ a?: string; }")).toBe("unresolved");
  });

  it("prints what a breaking site gained and lost", () => {
    const [finding] = checkTypeSites(
      declarations('{ vendor: "A" | "B"; }'),
      declarations('{ vendor: "A" | "C"; }'),
      [vendor],
    );
    expect(finding).toMatchObject({ status: "breaking", added: '"C"', names: '"B"' });
  });
});
