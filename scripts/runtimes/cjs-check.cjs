// The CommonJS check of the installed sgp-client, run unbundled by the runtime under test
// (Node or Bun) against a stand-in that a Node 20 process serves. Its one argument is JSON:
// { baseURL, apiKey, groupId, instanceId }. It prints one JSON line, { runtime, detail } or
// { runtime, error }, and exits 1 when the check fails.
"use strict";
const sgp = require("sgp-client");

const { SGPClient, NotFoundError } = sgp;
const PATH = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

function runtimeName() {
  if (globalThis.Bun) return `bun ${globalThis.Bun.version}`;
  return `node ${process.versions.node}`;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function describeError(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// create, client.POST (which loads openapi-fetch with require on first use) and a 404.
async function check({ apiKey, baseURL, groupId, instanceId }) {
  assert(sgp.default === SGPClient, "require('sgp-client').default is not SGPClient");
  const client = new SGPClient({ apiKey, baseURL });
  const instance = await client.modelGroups.models.create(groupId, instanceId);
  assert(instance.id === instanceId, `unexpected ModelInstance ${JSON.stringify(instance)}`);
  const posted = await client.POST(PATH, {
    params: { path: { model_group_id: groupId, model_instance_id: instanceId } },
  });
  assert(posted.data && posted.data.id === instanceId, `unexpected data ${JSON.stringify(posted)}`);
  const error = await client.modelGroups.models.create("mg_missing", instanceId).then(
    () => undefined,
    (rejection) => rejection,
  );
  assert(error instanceof NotFoundError, `expected a NotFoundError, got ${describeError(error)}`);
  return `require: create, client.POST and NotFoundError`;
}

const input = JSON.parse(process.argv[2] || "{}");
check(input).then(
  (detail) => console.log(JSON.stringify({ runtime: runtimeName(), detail })),
  (error) => {
    console.log(JSON.stringify({ runtime: runtimeName(), error: describeError(error) }));
    console.error(error);
    process.exitCode = 1;
  },
);
