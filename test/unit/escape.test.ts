import { describe, expect, it } from "vitest";
import { escapeControl } from "../../src/internal/escape.js";

describe("escapeControl", () => {
  it("writes ESC, OSC and C1 sequences as visible escapes", () => {
    const hostile = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f";
    const escaped = escapeControl(hostile);
    expect(escaped).toBe("\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u007f");
    expect(escaped).not.toMatch(/[\0-\x1f\x7f-\x9f]/);
  });

  it("writes line breaks and tabs in their short form, so a log line stays one line", () => {
    expect(escapeControl("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
  });

  it("leaves printable text, including non-ASCII letters, as it is", () => {
    const text = "Modèle introuvable — 模型 (request id req_7)";
    expect(escapeControl(text)).toBe(text);
  });
});
