import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultQueue, replyTo, type Reply } from "./faults.js";
import { notifyObservers } from "./observe.js";
import {
  corsHeaders,
  preflightAnswer,
  writeAnswer,
  writeStalledAnswer,
  type Answer,
  type CorsPolicy,
} from "./respond.js";
import { matchPath, methodsOf, SPEC_PATHS, type PathMatch } from "./paths.js";
import { headerValue, recordOf } from "./record.js";
import { answerRequest } from "./routes.js";
import { ModelStore } from "./store.js";
import type { RecordedRequest, TestServer, TestServerOptions } from "./types.js";

/** The API key a test server accepts unless `apiKeys` says otherwise. */
export const TEST_API_KEY = "sgp-test-key";

const DEFAULTS = {
  apiKeys: [TEST_API_KEY],
  host: "127.0.0.1",
  port: 0,
  cors: false,
  seed: true,
} as const satisfies Required<TestServerOptions>;

// Symbol.asyncDispose is built in from Node 20.4; before that Node's own symbol stands in.
const asyncDispose: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ?? (Symbol.for("nodejs.asyncDispose") as typeof Symbol.asyncDispose);

interface Waiter {
  count: number;
  resolve: (requests: readonly RecordedRequest[]) => void;
  reject: (error: Error) => void;
}

function resolveApiKeys(apiKeys: readonly string[]): readonly [string, ...string[]] {
  const [first, ...rest] = apiKeys;
  if (first === undefined || apiKeys.some((key) => typeof key !== "string" || key === "")) {
    throw new TypeError("apiKeys must be a non-empty array of non-empty strings");
  }
  return [first, ...rest];
}

function resolveCors(cors: TestServerOptions["cors"]): CorsPolicy | undefined {
  if (cors === true) return { origin: undefined };
  return cors ? { origin: cors.origin } : undefined;
}

function withHeaders(answer: Answer, headers: Record<string, string>): Answer {
  return { ...answer, headers: { ...headers, ...answer.headers } };
}

/** The path template of the operation that answers a request, if one does. */
function operationTemplate(match: PathMatch): string | undefined {
  return match.kind === "route" && match.operation ? match.template : undefined;
}

/** Carries out `reply` on the wire, after showing its answer to the observers. */
function deliver(reply: Reply, req: IncomingMessage, res: ServerResponse, match: PathMatch): void {
  const request = {
    method: req.method ?? "",
    rawPath: req.url ?? "",
    template: operationTemplate(match),
  };
  switch (reply.kind) {
    case "answer":
      notifyObservers(request, reply.source, reply.answer);
      return writeAnswer(res, reply.answer);
    case "stall":
      notifyObservers(request, "route", reply.answer);
      return writeStalledAnswer(res, reply.answer);
    case "reset":
      // An RST rather than a FIN: the client sees ECONNRESET, as after a crashed proxy.
      req.socket.resetAndDestroy();
      return;
    case "none":
      return;
  }
}

/** Listens on `host`:`port` and returns the server's base URL. */
async function listen(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`;
}

/**
 * Starts an embedded, faultable stand-in for the SGP API that openapi.yaml describes, seeded with
 * model groups and model instances, that records every request. It serves every operation of
 * openapi.yaml: `POST /v4/model-groups/{model_group_id}/models/{model_instance_id}` from its
 * store, any other from the operation's example (marked by an `x-sgp-stand-in` header).
 *
 * @example
 * import { createTestServer } from "sgp-client/testing";
 *
 * await using server = await createTestServer();
 * const [groupId] = server.seeded.modelGroupIds;
 * const [instanceId] = server.seeded.modelInstanceIds;
 * server.injectFault({ status: 503 }); // the first attempt fails
 * const response = await fetch(`${server.url}/v4/model-groups/${groupId}/models/${instanceId}`, {
 *   method: "POST",
 *   headers: { "x-api-key": server.apiKey },
 * });
 * console.log(response.status, server.requests.length); // 503 1
 */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const acceptedApiKeys = resolveApiKeys(options.apiKeys ?? DEFAULTS.apiKeys);
  const accepted = new Set(acceptedApiKeys);
  const cors = resolveCors(options.cors ?? DEFAULTS.cors);
  const store = new ModelStore(options.seed ?? DEFAULTS.seed);
  const faults = new FaultQueue();
  const records: RecordedRequest[] = [];
  const waiters: Waiter[] = [];
  const closer = new AbortController();

  const record = (request: RecordedRequest): void => {
    records.push(request);
    for (const waiter of waiters.filter((w) => records.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve([...records]);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // No operation reads a body; drain any, so the connection can be reused.
    req.resume();
    // A server's IncomingMessage always has both; the defaults only satisfy the types.
    const { method = "", url: rawPath = "" } = req;
    const requestId = `req_${randomBytes(12).toString("hex")}`;
    const match = matchPath(method, rawPath);
    const apiKey = headerValue(req.headers["x-api-key"]);
    const hasValidApiKey = apiKey !== undefined && accepted.has(apiKey);
    const accountId = headerValue(req.headers["x-selected-account-id"]);
    record(recordOf(req, { method, rawPath, match, requestId, hasValidApiKey, accountId }));
    const headers = { "x-request-id": requestId, ...corsHeaders(cors, req.headers.origin) };
    // Preflights take no fault: a browser sends them unasked, before the request under test.
    if (cors && method === "OPTIONS") {
      // The methods of the path, or of every path when it matches none (Fetch §4.8 asks only
      // that the method be listed; listing too many is harmless in a test).
      const methods = match.kind === "route" ? match.allow : methodsOf(SPEC_PATHS);
      const preflight = preflightAnswer(headers, methods);
      notifyObservers({ method, rawPath, template: undefined }, "preflight", preflight);
      return writeAnswer(res, preflight);
    }
    const route = { method, match, apiKey, accepted, accountId };
    const reply = await replyTo(faults.take(), {
      headers,
      closed: closer.signal,
      answer: () => withHeaders(answerRequest(route, store), headers),
    });
    deliver(reply, req, res, match);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.destroy(error as Error));
  });
  const url = await listen(server, options.host ?? DEFAULTS.host, options.port ?? DEFAULTS.port);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      closer.abort();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const waiter of waiters.splice(0)) {
        waiter.reject(
          new Error(`The test server closed before receiving ${waiter.count} requests`),
        );
      }
    }));

  return {
    url,
    apiKey: acceptedApiKeys[0],
    seeded: store.seeded,
    get requests() {
      return [...records];
    },
    addModelGroup: (group) => store.addGroup(group),
    addModelInstance: (instance) => store.addInstance(instance),
    getModelInstance: (id) => store.getInstance(id),
    injectFault: (fault, times = 1) => faults.inject(fault, times),
    clearFaults: () => faults.clear(),
    clearRequests: () => void records.splice(0),
    waitForRequests(count) {
      if (records.length >= count) return Promise.resolve([...records]);
      if (closer.signal.aborted) return Promise.reject(new Error("The test server is closed"));
      return new Promise((resolve, reject) => waiters.push({ count, resolve, reject }));
    },
    close,
    [asyncDispose]: close,
  };
}
