/**
 * How the CLI prints a ModelInstance: a short, aligned summary a person can scan, or all of it as
 * JSON. Both come from a server, so neither lets a control character reach the terminal raw.
 */
import { escapeControl } from "../internal/escape.js";
import type { ModelInstance } from "../types.js";

const NONE = "—";

/** The summary lines: id, name, display name, type, vendor, group, created at; escaped. */
export function formatSummary(instance: ModelInstance): string {
  const rows: [string, string | null | undefined][] = [
    ["id", instance.id],
    ["name", instance.name],
    ["display name", instance.display_name],
    ["type", instance.model_type],
    ["vendor", instance.model_vendor],
    ["group", instance.model_group_id],
    ["created at", instance.created_at],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(
    ([label, value]) => `  ${label.padEnd(width)}  ${value == null ? NONE : escapeControl(value)}`,
  );
  return ["Model instance added to its model group:", ...lines].join("\n") + "\n";
}

/**
 * `value` as indented JSON with no raw control character, still valid JSON of the same value.
 * JSON.stringify escapes C0 but leaves DEL and C1 (U+009B is a one-character CSI) raw, and those
 * can only sit inside strings, where escapeControl's `\u009b` is the same character in JSON.
 * The indentation's line breaks are the only raw ones, so escaping line by line keeps them.
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).split("\n").map(escapeControl).join("\n")}\n`;
}
