/** How the CLI prints a ModelInstance: a short, aligned summary a person can scan. */
import type { ModelInstance } from "../types.js";

const NONE = "—";

/** The summary lines: id, name, display name, type, vendor, group, created at. */
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
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value ?? NONE}`);
  return ["Model instance added to its model group:", ...lines].join("\n") + "\n";
}
