// Fake timers only here: in a file with real sockets, the runtime's own timers would be counted.
import { describe, expect, it, vi } from "vitest";
import SGPClient, { APIUserAbortError } from "../../src/index.js";
import { modelInstance } from "../helpers/http-server.js";
import { json, recordingFetch } from "../helpers/recording-fetch.js";

describe("timers", () => {
  it("leaves no timer behind after an abort during backoff", async () => {
    vi.useFakeTimers();
    try {
      const { fetch, calls } = recordingFetch(() => json(503, {}, { "retry-after-ms": "30000" }));
      const client = new SGPClient({ apiKey: "k", fetch });
      const controller = new AbortController();
      const result = client.modelGroups.models
        .create("g", "m", { signal: controller.signal })
        .catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(1); // the 30 s backoff; the attempt's timeout is cleared
      controller.abort();
      expect(await result).toBeInstanceOf(APIUserAbortError);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("leaves no timer behind after a successful call", async () => {
    vi.useFakeTimers();
    try {
      const { fetch } = recordingFetch(() => json(200, modelInstance()));
      await new SGPClient({ apiKey: "k", fetch }).modelGroups.models.create("g", "m");
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("default backoff", () => {
  it("waits the real backoff before retrying, and not a moment less", async () => {
    vi.useFakeTimers();
    try {
      const { fetch, calls } = recordingFetch(
        () => json(503, {}),
        () => json(200, modelInstance()),
      );
      // No jitter: the full 500 ms.
      const random = vi.spyOn(Math, "random").mockReturnValue(0);
      const client = new SGPClient({ apiKey: "k", fetch });
      const result = client.modelGroups.models.create("g", "m");
      await vi.advanceTimersByTimeAsync(499);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await expect(result).resolves.toEqual(modelInstance());
      random.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});
