/**
 * Error handling, shown against the embedded SGP stand-in and its fault injection.
 * Run: npx tsx examples/error-handling.ts
 */
import SGPClient, { APIConnectionTimeoutError, NotFoundError, RateLimitError } from "sgp-client";
import { createTestServer } from "sgp-client/testing";

await using server = await createTestServer();
const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url });
const [groupId = "", instanceId = ""] = [
  server.seeded.modelGroupIds[0],
  server.seeded.modelInstanceIds[0],
];

// 1. Two 503s, then success: the client retries on its own (waiting what retry-after-ms asks).
server.injectFault({ status: 503, headers: { "retry-after-ms": "10" } }, 2);
const instance = await client.modelGroups.models.create(groupId, instanceId);
console.log(
  `retried: ${instance.id} added to ${instance.model_group_id} after ${server.requests.length} attempts`,
);

// 2. A rate limit that asks for a longer wait than maxRetryDelay fails at once, and says so.
server.injectFault({
  status: 429,
  headers: { "retry-after": "120" },
  body: { detail: "Rate limit exceeded" },
});
try {
  await client.modelGroups.models.create(groupId, instanceId);
} catch (error) {
  if (!(error instanceof RateLimitError)) throw error;
  console.log(`rate limited: ${error.status}, retry after ${error.headers.get("retry-after")} s`);
}

// 3. An unknown model group is a NotFoundError carrying the server's detail.
try {
  await client.modelGroups.models.create("mg_does_not_exist", instanceId);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`not found: ${error.message}`);
}

// 4. A body that stalls after the headers is timed out, per attempt.
server.injectFault({ stallBody: true });
try {
  await client
    .withOptions({ timeout: 200, maxRetries: 0 })
    .modelGroups.models.create(groupId, instanceId);
} catch (error) {
  if (!(error instanceof APIConnectionTimeoutError)) throw error;
  console.log(`timed out: ${error.message}`);
}
