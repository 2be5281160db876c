/**
 * Folds the report's changes for Markdown: rows of one kind that differ in one name become one
 * row that names them ("30 new optional response fields: `a`, `b`, …"), whole operations added
 * or removed share one section, and operations with the same rows share one heading.
 */
import { CALLER_CLASSES, type CallerClass } from "../classes.js";
import type { SpecChange } from "../report.js";
import { codeSpan, tokenizeMessage } from "./escape.js";

/** One table row; `count` is how many changes it stands for. */
export interface Row {
  message: string;
  class: CallerClass;
  reason: string;
  isDocumentation: boolean;
  count: number;
}

/** A heading (a message: text with code spans) and its table. */
export interface Section {
  heading: string;
  rows: Row[];
}

/** Heading of the section for whole operations added or removed. */
export const OPERATIONS = "Operations";
/** Heading of the section for changes that belong to no operation. */
export const OUTSIDE_OPERATIONS = "Outside operations";

// At most this many names in a folded row or a shared heading; the JSON lists every change.
const MAX_NAMES = 8;

const PLURALS: Record<string, string> = {
  field: "fields",
  header: "headers",
  parameter: "parameters",
  operation: "operations",
  schema: "schemas",
  response: "responses",
  scheme: "schemes",
  cookie: "cookies",
  example: "examples",
  component: "components",
  requirement: "requirements",
  body: "bodies",
};
const PREPOSITIONS = new Set(["of", "in", "to", "from", "for", "by", "with", "on"]);

/** `` `a`, `b` and 3 more `` (or `` `a` and `b` ``). */
export function formatNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES);
  const hidden = names.length - shown.length;
  if (hidden > 0) return `${shown.join(", ")} and ${hidden} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] ?? ""}`;
}

// A message as text and code spans, alternating: ["new field ", "`a`", ""].
const tokenize = tokenizeMessage;

function toRow(change: SpecChange, message = change.message): Row {
  const { class: cls, reason, isDocumentation } = change;
  return { message, class: cls, reason, isDocumentation, count: 1 };
}

/** "new optional response field `a`" ×30 → "30 new optional response fields: `a`, …". */
function foldedMessage(parts: string[], position: number, names: string[]): string {
  const index = position * 2 + 1;
  const before = parts.slice(0, index).join("");
  const after = parts.slice(index + 1).join("");
  const words = before.trimEnd().split(" ");
  const noun = words[words.length - 1] ?? "";
  const plural = PLURALS[noun];
  if (plural === undefined || !before.endsWith(" ")) {
    return `${before}${formatNames(names)}${after}`;
  }
  // The count goes before the noun phrase: "type of 30 response fields", "30 new fields".
  let cut = 0;
  words.forEach((word, index) => {
    if (PREPOSITIONS.has(word)) cut = index + 1;
  });
  const phrase = [...words.slice(0, cut), String(names.length), ...words.slice(cut, -1), plural];
  return `${phrase.join(" ")}${after}: ${formatNames(names)}`;
}

/** Rows of one section, folded where rows of one kind differ in exactly one name. */
export function foldRows(changes: readonly SpecChange[]): Row[] {
  const kinds = new Map<string, SpecChange[]>();
  for (const change of changes) {
    const parts = tokenize(change.message);
    const shape = parts.filter((_, index) => index % 2 === 0).join("`…`");
    const key = [change.class, change.reason, change.isDocumentation, shape].join("\u0000");
    kinds.set(key, [...(kinds.get(key) ?? []), change]);
  }
  const rows: Row[] = [];
  for (const members of kinds.values()) rows.push(...foldKind(members));
  return rows;
}

function foldKind(members: SpecChange[]): Row[] {
  const first = members[0];
  if (first === undefined) return [];
  const tokens = members.map((member) => tokenize(member.message).filter((_, i) => i % 2 === 1));
  const width = tokens[0]?.length ?? 0;
  if (members.length < 2 || width === 0) return members.map((member) => toRow(member));
  // Fold on the name whose variation leaves the fewest groups: `field` in "new field `a`",
  // the value in "`model_vendor` may now be `A`".
  const groupsAt = (position: number): Map<string, number[]> => {
    const groups = new Map<string, number[]>();
    tokens.forEach((list, member) => {
      const key = list.filter((_, index) => index !== position).join("\u0000");
      groups.set(key, [...(groups.get(key) ?? []), member]);
    });
    return groups;
  };
  const positions = [...Array(width).keys()];
  const best = positions.reduce((a, b) => (groupsAt(b).size < groupsAt(a).size ? b : a));
  return [...groupsAt(best).values()].map((indexes) => {
    const group = indexes.flatMap((index) => members[index] ?? []);
    const lead = group[0] ?? first;
    if (group.length === 1) return toRow(lead);
    const names = [...new Set(indexes.map((index) => tokens[index]?.[best] ?? ""))];
    const message = foldedMessage(tokenize(lead.message), best, names);
    return { ...toRow(lead, message), count: group.length };
  });
}

/** The report's changes as sections of folded rows, in the order the changes come. */
export function foldSections(changes: readonly SpecChange[]): Section[] {
  const byOperation = new Map<string, SpecChange[]>();
  for (const change of changes) {
    const key = change.isWholeOperation ? OPERATIONS : (change.operation ?? OUTSIDE_OPERATIONS);
    byOperation.set(key, [...(byOperation.get(key) ?? []), change]);
  }
  // Operations whose folded rows are the same (a shared schema changed) share one heading.
  const shared = new Map<string, { operations: string[]; rows: Row[] }>();
  const sections: Array<{ key: string; rows: Row[]; operations: string[] }> = [];
  for (const [key, members] of byOperation) {
    const rows = foldRows(members);
    const isOperation = key !== OPERATIONS && key !== OUTSIDE_OPERATIONS;
    const fingerprint = JSON.stringify(rows);
    const existing = isOperation ? shared.get(fingerprint) : undefined;
    if (existing !== undefined) {
      existing.operations.push(key);
      continue;
    }
    const section = { key, rows, operations: [key] };
    if (isOperation) shared.set(fingerprint, section);
    sections.push(section);
  }
  return sections.map(({ key, rows, operations }) => ({
    heading:
      key === OPERATIONS || key === OUTSIDE_OPERATIONS
        ? key
        : operations.length === 1
          ? codeSpan(key)
          : `${operations.length} operations: ${formatNames(operations.map(codeSpan))}`,
    rows,
  }));
}

/** Rows and changes cut from a report, by class. */
export type Cut = Record<CallerClass, { rows: number; changes: number }>;

/** Sections cut down to what fits, and what was cut. */
export interface Fitted {
  sections: Section[];
  cut: Cut;
}

/**
 * Keeps as many rows of `sections` as fit in `budget`, as `size` measures the Markdown of the
 * sections kept: every breaking row before any review row, every review row before any safe
 * row, and within a class, in the report's order. Sections keep their order and the order of
 * their rows; one left without rows goes.
 */
export function fitSections(
  sections: readonly Section[],
  budget: number,
  size: (sections: Section[]) => number,
): Fitted {
  const ranked = sections
    .flatMap((section, at) => section.rows.map((row, index) => ({ row, at, index })))
    .sort(
      (a, b) =>
        CALLER_CLASSES.indexOf(a.row.class) - CALLER_CLASSES.indexOf(b.row.class) ||
        a.at - b.at ||
        a.index - b.index,
    );
  const keep = (count: number): Section[] => {
    const kept = new Set(ranked.slice(0, count).map(({ row }) => row));
    return sections
      .map((section) => ({ ...section, rows: section.rows.filter((row) => kept.has(row)) }))
      .filter((section) => section.rows.length > 0);
  };
  // Adding a row never shrinks the Markdown, so the most rows that fit are found by halving.
  let [low, high] = [0, ranked.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(keep(middle)) <= budget) low = middle;
    else high = middle - 1;
  }
  const cut: Cut = {
    breaking: { rows: 0, changes: 0 },
    review: { rows: 0, changes: 0 },
    safe: { rows: 0, changes: 0 },
  };
  for (const { row } of ranked.slice(low)) {
    cut[row.class].rows += 1;
    cut[row.class].changes += row.count;
  }
  return { sections: keep(low), cut };
}
