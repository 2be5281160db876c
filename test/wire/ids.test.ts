import { describe, expect, it } from "vitest";
import SGPClient, { SGPClientError } from "../../src/index.js";
import { modelInstance, sendJson, startServer } from "../helpers/http-server.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

/** Echoes the two ids as a real server decodes them: split the raw path, decode each segment.
 * Paths look like /base/v4/model-groups/{group}/models/{instance}. */
async function echoServer() {
  return startServer((req, res) => {
    const segments = (req.url ?? "").split("?")[0]!.split("/");
    sendJson(
      res,
      200,
      modelInstance({
        model_group_id: decodeURIComponent(segments[4]!),
        id: decodeURIComponent(segments[6]!),
      }),
    );
  });
}

const ROUND_TRIP_IDS = [
  "a/b",
  "what?x=1",
  "x#y",
  "100%",
  "%2e%2e",
  "%2F",
  "with space",
  "ünïcødé",
  "emoji 🚀",
  "...",
  "a.b",
  ".hidden",
  "+plus&amp;=",
  "semi;colon,comma",
  "[brackets]@:$",
  "tab\tnew",
  "back\\slash",
];

describe("ids", () => {
  it.each(ROUND_TRIP_IDS)(
    "sends %j as exactly one path segment that decodes to itself",
    async (id) => {
      const server = await echoServer();
      const client = new SGPClient({ apiKey: "k", baseURL: `${server.origin}/base` });
      const instance = await client.modelGroups.models.create(id, id);
      expect(instance.model_group_id).toBe(id);
      expect(instance.id).toBe(id);
      const rawPath = server.received[0]!.url;
      expect(rawPath.split("/")).toHaveLength(7);
      expect(rawPath).not.toMatch(/[?#]/);
    },
  );

  it.each([
    ["", "model_group_id", /must be a non-empty string, received ''/],
    [".", "model_group_id", /cannot be ".": URLs collapse dot-segments/],
    ["..", "model_group_id", /cannot be "..": URLs collapse dot-segments/],
    [42, "model_group_id", /must be a string, received number/],
    [null, "model_group_id", /must be a string, received null/],
    [undefined, "model_group_id", /must be a string, received undefined/],
    ["\uD800x", "model_group_id", /not a well-formed Unicode string/],
  ])("refuses model_group_id %j before sending anything", async (id, name, message) => {
    const { fetch, calls } = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({ apiKey: "k", fetch });
    const error = await client.modelGroups.models
      .create(id as string, "mi_1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SGPClientError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Invalid path parameter \`${name}\`: it `),
    );
    expect((error as Error).message).toMatch(message);
    expect(calls).toHaveLength(0);
  });

  it("names model_instance_id when that is the bad one", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({ apiKey: "k", fetch });
    await expect(client.modelGroups.models.create("mg_1", "..")).rejects.toThrow(
      /`model_instance_id`/,
    );
    await expect(client.modelGroups.models.create("mg_1", "")).rejects.toThrow(
      /`model_instance_id`/,
    );
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["mg_1\n", "mi_1", '/v4/model-groups/"mg_1\\n"/models/mi_1'],
    [" mg_1", "mi_1", '/v4/model-groups/" mg_1"/models/mi_1'],
    ["mg_1", "mi\u00001", '/v4/model-groups/mg_1/models/"mi\\u00001"'],
  ])(
    "shows id %j JSON-quoted in the error, so that a stray character is visible",
    async (groupId, instanceId, shown) => {
      const { fetch } = recordingFetch(() => json(404, { detail: "Model group not found" }));
      const client = new SGPClient({ apiKey: "k", fetch });
      const error = await client.modelGroups.models
        .create(groupId, instanceId)
        .catch((e: unknown) => e);
      expect((error as Error).message).toBe(
        `POST ${shown} failed: 404 Not Found — Model group not found`,
      );
    },
  );

  it("applies the same checks to client.POST", async () => {
    const { fetch, calls } = recordingFetch(() => json(200, modelInstance()));
    const client = new SGPClient({ apiKey: "k", fetch });
    await expect(
      client.POST("/v4/model-groups/{model_group_id}/models/{model_instance_id}", {
        params: { path: { model_group_id: "..", model_instance_id: "mi_1" } },
      }),
    ).rejects.toThrow(/`model_group_id`: it cannot be ".."/);
    expect(calls).toHaveLength(0);
  });
});
