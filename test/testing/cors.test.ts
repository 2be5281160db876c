import { describe, expect, it } from "vitest";
import { createTestServer } from "../../src/testing/index.js";
import { declaredMethods, demoPair, fetchAndRead, post, routePath } from "./route-request.js";

const preflight = {
  method: "OPTIONS",
  headers: {
    origin: "https://app.example",
    "access-control-request-method": "POST",
    "access-control-request-headers": "x-api-key",
  },
};

describe("CORS on the wire", () => {
  it("answers a preflight with 204, takes no fault for it, and adds CORS to the next answer", async () => {
    await using server = await createTestServer({ cors: true });
    server.injectFault({ status: 503 });
    const response = await fetch(server.url + routePath(...demoPair(server)), preflight);
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "access-control-allow-origin": "https://app.example",
      "access-control-allow-methods": [...declaredMethods(), "OPTIONS"].join(", "),
      "access-control-allow-headers": "x-api-key, x-selected-account-id, content-type, accept",
      vary: "Origin",
    });
    expect(await response.text()).toBe("");
    const faulted = await post(server, demoPair(server), {
      "x-api-key": server.apiKey,
      origin: "https://app.example",
    });
    expect(faulted.response.status).toBe(503);
    expect(faulted.response.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(faulted.response.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("answers preflights on any path, allowing every method openapi.yaml declares", async () => {
    await using server = await createTestServer({ cors: true });
    const response = await fetch(`${server.url}/anything`, preflight);
    expect(response.status).toBe(204);
    const allowed = response.headers.get("access-control-allow-methods")?.split(", ");
    expect(allowed).toEqual(expect.arrayContaining([...declaredMethods(), "OPTIONS"]));
  });

  it("allows * when cors is true and the request has no Origin", async () => {
    await using server = await createTestServer({ cors: true });
    const { response } = await post(server);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary")).toBeNull();
  });

  it("allows only the configured origin, on preflights and answers alike", async () => {
    await using server = await createTestServer({ cors: { origin: "https://allowed.example" } });
    const preflighted = await fetch(server.url + routePath(...demoPair(server)), preflight);
    expect(preflighted.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    const { response } = await post(server, demoPair(server), {
      "x-api-key": server.apiKey,
      origin: "https://app.example",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
  });

  it("echoes the Origin when cors is an object without origin", async () => {
    await using server = await createTestServer({ cors: {} });
    const response = await fetch(`${server.url}/`, preflight);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example");
  });

  it("answers OPTIONS with 405, allowing what openapi.yaml declares, and no CORS when cors is off", async () => {
    await using server = await createTestServer();
    const { response, body } = await fetchAndRead(
      server.url + routePath(...demoPair(server)),
      preflight,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(declaredMethods().join(", "));
    expect(body).toEqual({ detail: "Method Not Allowed" });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
