import { describe, expect, it } from "vitest";
import { createTestServer } from "../../src/testing/index.js";
import { observeAnswers, type ObservedAnswer } from "../../src/testing/observe.js";
import { SEED_INSTANCES } from "../../src/testing/seed.js";
import { createSpecValidator, standInAnswerProblems } from "../helpers/spec.js";
import { demoPair, fetchAndRead, post, ROUTE_OPERATION, routePath } from "./route-request.js";

const spec = createSpecValidator();

/** Records what observeAnswers reports until the test ends. */
function observing(onTestFinished: (fn: () => void) => void): ObservedAnswer[] {
  const seen: ObservedAnswer[] = [];
  onTestFinished(observeAnswers((answer) => seen.push(answer)));
  return seen;
}

describe("observeAnswers", () => {
  it("reports the route's answers, fault answers and preflights, each with its source", async ({
    onTestFinished,
  }) => {
    const seen = observing(onTestFinished);
    await using server = await createTestServer({ cors: true });
    const path = routePath(...demoPair(server));
    await post(server);
    server.injectFault({ status: 503, body: "<html>down</html>" });
    await post(server);
    await fetch(server.url + path, { method: "OPTIONS", headers: { origin: "https://a.example" } });
    expect(
      seen.map(({ method, rawPath, source, status }) => [method, rawPath, source, status]),
    ).toEqual([
      ["POST", path, "route", 200],
      ["POST", path, "fault", 503],
      ["OPTIONS", path, "preflight", 204],
    ]);
    expect(seen.map((answer) => answer.operation)).toEqual([ROUTE_OPERATION, undefined, undefined]);
    expect(JSON.parse(seen[0]?.body ?? "")).toMatchObject({ id: demoPair(server)[1] });
    expect(seen[0]?.headers["x-request-id"]).toMatch(/^req_/);
    expect(seen[1]?.body).toBe("<html>down</html>");
    expect(seen[2]?.body).toBeUndefined();
  });

  it("reports a stalled answer whole, and nothing for a reset", async ({ onTestFinished }) => {
    const seen = observing(onTestFinished);
    await using server = await createTestServer();
    server.injectFault({ reset: true });
    await post(server).catch(() => undefined);
    server.injectFault({ stallBody: true });
    const controller = new AbortController();
    const stalled = await fetch(server.url + routePath(...demoPair(server)), {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
      signal: controller.signal,
    });
    controller.abort();
    await stalled.text().catch(() => undefined);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.source).toBe("route");
    expect(seen[0]?.body).toHaveLength(Number(stalled.headers.get("content-length")));
  });

  it("stops reporting once unsubscribed", async () => {
    const seen: ObservedAnswer[] = [];
    const stop = observeAnswers((answer) => seen.push(answer));
    await using server = await createTestServer();
    await fetchAndRead(`${server.url}/`);
    stop();
    await fetchAndRead(`${server.url}/`);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ source: "route", status: 404 });
    expect(seen[0]?.operation).toBeUndefined();
  });
});

describe("standInAnswerProblems", () => {
  const observed = (overrides: Partial<ObservedAnswer>): ObservedAnswer => ({
    method: "POST",
    rawPath: "/v4/model-groups/g/models/m",
    operation: ROUTE_OPERATION,
    source: "route",
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(SEED_INSTANCES[0]),
    ...overrides,
  });
  const problems = (overrides: Partial<ObservedAnswer>): string[] =>
    standInAnswerProblems(spec, observed(overrides));

  it("finds nothing wrong with a ModelInstance, a pydantic v2 422 or a detail error", () => {
    expect(problems({})).toEqual([]);
    const detail = [{ type: "missing", loc: ["header", "x"], msg: "Field required", input: null }];
    expect(problems({ status: 422, body: JSON.stringify({ detail }) })).toEqual([]);
    expect(problems({ status: 404, body: '{"detail":"Not Found"}' })).toEqual([]);
  });

  it("reports a route answer that is not the schema of its status", () => {
    expect(problems({ body: '{"detail":"OK"}' })).toContainEqual(
      expect.stringMatching(/→ 200: \(root\) must have required property 'id'/),
    );
    expect(problems({ status: 422, body: '{"detail":"bad"}' })).toContainEqual(
      expect.stringMatching(/→ 422: \/detail must be array/),
    );
    expect(problems({ status: 404, body: '{"detail":42}' })).not.toEqual([]);
  });

  it("checks what the router answers itself as FastAPI's { detail } body", () => {
    const routerProblems = (body: string): string[] => {
      const { operation: _none, ...answer } = observed({ status: 404, body });
      return standInAnswerProblems(spec, answer);
    };
    expect(routerProblems('{"detail":"Not Found"}')).toEqual([]);
    expect(routerProblems('{"detail":["Not Found"]}')).toEqual([
      expect.stringMatching(/→ 404: a router answer must be/),
    ]);
  });

  it("reports an answer for an operation openapi.yaml does not have", () => {
    const operation = { method: "DELETE", path: ROUTE_OPERATION.path };
    expect(problems({ operation })).toEqual([
      expect.stringMatching(/openapi\.yaml has no operation DELETE \/v4/),
    ]);
  });

  it("reports a route answer that is not JSON, or has no body", () => {
    expect(problems({ body: "{oops" })).toEqual([expect.stringMatching(/not JSON/)]);
    expect(problems({ headers: { "content-type": "text/html" } })).toEqual([
      expect.stringMatching(/expected an application\/json body, got text\/html/),
    ]);
    expect(problems({ body: undefined })).not.toEqual([]);
  });

  it("takes a preflight only as a 204 without a body", () => {
    expect(problems({ source: "preflight", status: 204, body: undefined })).toEqual([]);
    expect(problems({ source: "preflight", status: 200 })).not.toEqual([]);
  });

  it("leaves what a status fault sends to the test that injected it", () => {
    expect(problems({ source: "fault", status: 200, body: "<html>not json</html>" })).toEqual([]);
  });
});
