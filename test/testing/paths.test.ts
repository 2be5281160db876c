import { describe, expect, it } from "vitest";
import type { StandInPath } from "../../generated/stand-in.js";
import { compilePaths, matchPath, methodsOf, SPEC_PATHS } from "../../src/testing/paths.js";
import { loadSpec } from "../helpers/spec.js";
import { declaredMethods, ROUTE, routePath } from "./route-request.js";

/** A path template that declares `methods`, each with an operation named after it. */
function template(path: string, ...methods: string[]): StandInPath {
  const operations = Object.fromEntries(
    methods.map((method) => [method, { operationId: `${method} ${path}`, examples: [] }]),
  );
  return { template: path, operations };
}

describe("matchPath, on openapi.yaml's path templates", () => {
  it("knows every path template and method that openapi.yaml declares", () => {
    const templates = Object.keys(loadSpec().paths as object);
    expect(SPEC_PATHS.map(({ path }) => path.template).sort()).toEqual(templates.sort());
    expect(methodsOf(SPEC_PATHS.filter(({ path }) => path.template === ROUTE))).toEqual(
      declaredMethods(),
    );
  });

  it("takes the route's parameters and its operation, and ignores the query string", () => {
    const [method = ""] = declaredMethods();
    const match = matchPath(method, "/v4/model-groups/mg_1/models/mi_1?model_group_id=other");
    expect(match).toMatchObject({
      kind: "route",
      template: ROUTE,
      params: { model_group_id: "mg_1", model_instance_id: "mi_1" },
      allow: declaredMethods(),
      operation: { operationId: loadSpec().paths[ROUTE][method.toLowerCase()].operationId },
    });
  });

  it.each(["a/b", "what?", "x#y", "100%", "with space", "modèle-日本-✓", "a%2Fb", "line\nbreak"])(
    "decodes the encoded id %j back to itself",
    (id) => {
      expect(matchPath("POST", routePath(id, id))).toMatchObject({
        kind: "route",
        params: { model_group_id: id, model_instance_id: id },
      });
    },
  );

  it("treats %2e%2e and a literal .. as the id '..', not a step up", () => {
    const params = { model_group_id: "..", model_instance_id: "." };
    expect(matchPath("POST", "/v4/model-groups/%2e%2e/models/%2E")).toMatchObject({ params });
    expect(matchPath("POST", "/v4/model-groups/../models/.")).toMatchObject({ params });
  });

  it.each([
    "/",
    "/v4/nope",
    "/v4/model-groups/g/models/m/",
    "/v3/model-groups/g/models/m",
    "/v4/model-groups%2Fg%2Fmodels%2Fm",
    "/v4/model-groups//models/m",
    "/v4/model-groups/g/models/",
    "/v4/model-groups//models/",
    "http://127.0.0.1/v4/model-groups/g/models/m",
  ])("does not match %j, as Starlette's router would not", (path) => {
    expect(matchPath("POST", path)).toEqual({ kind: "unknown" });
  });

  it.each(["%zz", "%E9", "%"])("calls the escape %j malformed", (segment) => {
    expect(matchPath("POST", `/v4/model-groups/g/models/${segment}`)).toEqual({
      kind: "malformed",
    });
  });

  it("matches a method the path does not declare, without an operation, for a 405", () => {
    const match = matchPath("BREW", routePath("g", "m"));
    expect(match).toMatchObject({ kind: "route", allow: declaredMethods(), operation: undefined });
  });
});

describe("matchPath, on any path template", () => {
  it("matches a parameter that is part of a segment, and several in one", () => {
    const paths = compilePaths([
      template("/files/{name}.json", "GET"),
      template("/ranges/{from}-{to}", "GET"),
    ]);
    expect(matchPath("GET", "/files/report.v2.json", paths)).toMatchObject({
      params: { name: "report.v2" },
    });
    expect(matchPath("GET", "/ranges/a-b", paths)).toMatchObject({
      params: { from: "a", to: "b" },
    });
    expect(matchPath("GET", "/files/.json", paths)).toEqual({ kind: "unknown" });
  });

  it("matches a concrete path before a templated one, whatever the spec's order", () => {
    const paths = compilePaths([
      template("/models/{id}", "GET"),
      template("/models/latest", "GET"),
    ]);
    expect(matchPath("GET", "/models/latest", paths)).toMatchObject({
      template: "/models/latest",
      params: {},
    });
    expect(matchPath("GET", "/models/mi_1", paths)).toMatchObject({ params: { id: "mi_1" } });
  });

  it("takes the template that declares the method, and allows what every matching one declares", () => {
    const paths = compilePaths([
      template("/models/{id}", "GET", "DELETE"),
      template("/models/latest", "POST"),
    ]);
    expect(matchPath("GET", "/models/latest", paths)).toMatchObject({
      template: "/models/{id}",
      params: { id: "latest" },
      operation: { operationId: "GET /models/{id}" },
    });
    const refused = matchPath("PUT", "/models/latest", paths);
    expect(refused).toMatchObject({ kind: "route", operation: undefined });
    expect(refused.kind === "route" && [...refused.allow].sort()).toEqual([
      "DELETE",
      "GET",
      "POST",
    ]);
  });
});
