/**
 * The second wall: with the check of scripts/shared/local-refs.ts bypassed, the tools below it
 * (Redocly's linter, spec:diff's validation, openapi-typescript through the type generator)
 * still read no file and open no connection for a spec's external references.
 */
import fs from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { generateTypes } from "../../../scripts/generate/types.js";
import { findSpecProblems } from "../../../scripts/spec-diff/validate.js";
import { editSpec, schema, type Spec } from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

const CANARY = `canary-${process.pid}-${Date.now()}`;
// The words of scripts/shared/redocly-hardening.ts's refusal. Not imported: importing that module
// is what seals Redocly, and the test must see the seal come from the modules under test.
const EXTERNAL_REF_REFUSED = "external reference refused";

/** A listener on 127.0.0.1:0 that counts connections and never answers them. */
interface Listener {
  origin: string;
  connections: number;
}

async function listen(servers: Server[], sockets: Socket[]): Promise<Listener> {
  const listener = { origin: "", connections: 0 };
  const server = createServer((socket) => {
    listener.connections += 1;
    sockets.push(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  listener.origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return listener;
}

describe("with the reference check bypassed", { timeout: 30_000 }, () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  let dir: string;
  let canaryPath: string;
  let listener: Listener;
  let text: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "spec-walls-"));
    canaryPath = join(dir, "canary.yaml");
    await writeFile(canaryPath, `${CANARY}: ${CANARY}\n`);
    listener = await listen(servers, sockets);
    text = editSpec((spec: Spec) => {
      const { properties } = schema(spec, "ModelInstance");
      properties.name.example = { $ref: canaryPath };
      properties.leak_file_url = { $ref: `file://${canaryPath}` };
      properties.leak_http = { $ref: `${listener.origin}/schema.yaml` };
      spec.components.examples ??= {};
      spec.components.examples.Leak = { externalValue: `${listener.origin}/example.json` };
    });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all(
      servers.map((server) => new Promise((resolve) => server.close(() => resolve(undefined)))),
    );
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs `action` while recording every file read; returns what it gave or threw, as text. */
  async function outcome(
    action: () => Promise<unknown>,
  ): Promise<{ text: string; reads: string[] }> {
    const reads: string[] = [];
    const record = (path: unknown): void => {
      reads.push(String(path));
    };
    const readFile = fs.promises.readFile;
    const lstatSync = fs.lstatSync;
    const readSpy = vi.spyOn(fs.promises, "readFile").mockImplementation(((path, ...rest) => {
      record(path);
      return readFile(path, ...(rest as [never]));
    }) as typeof readFile);
    const lstatSpy = vi.spyOn(fs, "lstatSync").mockImplementation(((path, ...rest) => {
      record(path);
      return lstatSync(path, ...(rest as [never]));
    }) as typeof lstatSync);
    // openapi-typescript logs the refusal it throws; the test reads the error instead.
    const logSpy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const value = await action();
      return { text: JSON.stringify(value), reads };
    } catch (error) {
      return { text: String((error as Error).message), reads };
    } finally {
      readSpy.mockRestore();
      lstatSpy.mockRestore();
      logSpy.mockRestore();
    }
  }

  function expectNothingLoaded(result: { text: string; reads: string[] }): void {
    expect(result.text).toContain(EXTERNAL_REF_REFUSED);
    expect(result.text).not.toContain(CANARY);
    expect(result.reads.filter((path) => path.includes(dir))).toEqual([]);
    expect(listener.connections).toBe(0);
  }

  it("openapi-typescript, through the type generator, loads none of them", async () => {
    const result = await outcome(() => generateTypes(text, join(PROJECT_ROOT, "openapi.yaml")));
    expectNothingLoaded(result);
  });

  it("spec:diff's validation with Redocly loads none of them", async () => {
    const result = await outcome(() => findSpecProblems(text, parse(text)));
    expectNothingLoaded(result);
  });
});
