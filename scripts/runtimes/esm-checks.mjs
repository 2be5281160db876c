// One ESM check of the installed sgp-client, run unbundled by the runtime under test (Node, Bun
// or Deno) against a stand-in that a Node 20 process serves. Its one argument is JSON:
// { check, baseURL, apiKey, groupId, instanceId, controlURL }. It prints one JSON line,
// { runtime, detail } or { runtime, error }, and exits 1 when the check fails.
//
// It passes apiKey and baseURL as options and touches no environment variable, so that Deno
// runs it without --allow-env.
import SGPClient, {
  APIConnectionTimeoutError,
  APIUserAbortError,
  InternalServerError,
  NotFoundError,
} from "sgp-client";

const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

function runtimeName() {
  if (globalThis.Deno) return `deno ${globalThis.Deno.version.deno}`;
  if (globalThis.Bun) return `bun ${globalThis.Bun.version}`;
  return `node ${process.versions.node}`;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Resolves to what `promise` rejects with; fails the check if it resolves. */
async function rejectionOf(promise) {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error) => ({ error }),
  );
  assert("error" in outcome, `expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

function describeError(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const CHECKS = {
  async create({ client, groupId, instanceId }) {
    const instance = await client.modelGroups.models.create(groupId, instanceId);
    assert(
      instance.id === instanceId && instance.model_group_id === groupId,
      `unexpected ModelInstance ${JSON.stringify(instance)}`,
    );
    return `added ${instance.id} to ${instance.model_group_id}`;
  },

  async "not-found"({ client, apiKey, instanceId }) {
    const error = await rejectionOf(client.modelGroups.models.create("mg_missing", instanceId));
    assert(error instanceof NotFoundError, `expected a NotFoundError, got ${describeError(error)}`);
    assert(error.status === 404, `expected status 404, got ${error.status}`);
    assert(!error.message.includes(apiKey), "the error message contains the API key");
    return `NotFoundError, status ${error.status}`;
  },

  // The stand-in answers the first two requests with 503: a client that may not retry sees an
  // InternalServerError; one that may retry once gets the model instance on its second request.
  async "retry-503"({ options, groupId, instanceId }) {
    const once = new SGPClient({ ...options, maxRetries: 0 });
    const error = await rejectionOf(once.modelGroups.models.create(groupId, instanceId));
    assert(
      error instanceof InternalServerError && error.status === 503,
      `expected an InternalServerError with status 503, got ${describeError(error)}`,
    );
    const retrying = new SGPClient({ ...options, maxRetries: 1 });
    const instance = await retrying.modelGroups.models.create(groupId, instanceId);
    assert(instance.id === instanceId, `unexpected ModelInstance ${JSON.stringify(instance)}`);
    return `503 is an InternalServerError; with a retry, 503 then 200 returns ${instance.id}`;
  },

  // The stand-in sends the headers and part of the body, then stalls: the timeout covers the body.
  async "stalled-body"({ options, groupId, instanceId }) {
    const client = new SGPClient({ ...options, maxRetries: 0 });
    const timeout = 300;
    const error = await rejectionOf(
      client.modelGroups.models.create(groupId, instanceId, { timeout }),
    );
    assert(
      error instanceof APIConnectionTimeoutError,
      `expected an APIConnectionTimeoutError, got ${describeError(error)}`,
    );
    return `APIConnectionTimeoutError after a ${timeout} ms timeout`;
  },

  // The stand-in holds the answer; the control URL answers once the request has reached it, so
  // the abort lands while the request is in flight, without guessing a delay.
  async abort({ client, groupId, instanceId, controlURL }) {
    const controller = new AbortController();
    const call = rejectionOf(
      client.modelGroups.models.create(groupId, instanceId, { signal: controller.signal }),
    );
    const arrived = await fetch(`${controlURL}/until-request`);
    await arrived.text();
    assert(arrived.ok, `the control URL answered ${arrived.status}`);
    controller.abort();
    const error = await call;
    assert(
      error instanceof APIUserAbortError,
      `expected an APIUserAbortError, got ${describeError(error)}`,
    );
    return "APIUserAbortError while the request was in flight";
  },

  async post({ client, groupId, instanceId }) {
    const { data, error, response } = await client.POST(PATH, {
      params: { path: { model_group_id: groupId, model_instance_id: instanceId } },
    });
    assert(response.status === 200, `expected status 200, got ${response.status}`);
    assert(error === undefined, `expected no error, got ${JSON.stringify(error)}`);
    assert(data?.id === instanceId, `unexpected data ${JSON.stringify(data)}`);
    return `client.POST: 200, ${data.id}`;
  },
};

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const input = JSON.parse(args[0] ?? "{}");
try {
  const check = CHECKS[input.check];
  assert(check, `unknown check ${JSON.stringify(input.check)}`);
  const options = { apiKey: input.apiKey, baseURL: input.baseURL };
  const client = new SGPClient(options);
  const detail = await check({ ...input, options, client });
  console.log(JSON.stringify({ runtime: runtimeName(), detail }));
} catch (error) {
  console.log(JSON.stringify({ runtime: runtimeName(), error: describeError(error) }));
  console.error(error);
  if (globalThis.Deno) globalThis.Deno.exitCode = 1;
  else process.exitCode = 1;
}
