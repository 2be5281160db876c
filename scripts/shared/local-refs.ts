/**
 * The first wall against a spec that reaches outside itself: every `$ref` must be a JSON pointer
 * into the same document (`#/…`) that names something, wherever it stands — in a schema, an
 * example, an extension. Redocly follows a `$ref` even inside an example value, and reads a file
 * or a URL for one; so does it for an example's `externalValue` and a discriminator's mapping.
 * The check runs on the parsed document, before any tool that resolves references.
 */
import { escapeControl } from "../../src/internal/escape.js";
import { isObject, isRecord } from "./guards.js";

// Pointers and values in messages are cut: a key may be a megabyte long.
const MAX_SEGMENT_CHARS = 40;
const MAX_POINTER_CHARS = 160;
const MAX_VALUE_CHARS = 60;
const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A path of keys as a JSON pointer for a one-line message (`#/paths/~1v4~1…/post`): each key
 * escaped as RFC 6901 says, control characters written as escapes, long keys cut.
 */
export function formatPointer(path: ReadonlyArray<string | number>): string {
  const segments = path.map((key) =>
    escapeControl(cut(String(key), MAX_SEGMENT_CHARS).replaceAll("~", "~0").replaceAll("/", "~1")),
  );
  return cut(`#/${segments.join("/")}`, MAX_POINTER_CHARS);
}

/** A spec string quoted for a one-line message: JSON-quoted, control characters escaped, cut. */
export function formatQuoted(value: string): string {
  return escapeControl(JSON.stringify(cut(value, MAX_VALUE_CHARS)));
}

/** True for `#` and `#/…`: a JSON pointer into the same document (RFC 6901 §6). */
export function isLocalPointer(ref: string): boolean {
  return ref === "#" || ref.startsWith("#/");
}

/**
 * The value a same-document pointer names in `document`, or undefined when it names nothing.
 * Only own properties count: `#/components/schemas/constructor` names a schema of that name or
 * nothing, never `Object.prototype.constructor`.
 */
export function resolveLocalPointer(document: unknown, ref: string): unknown {
  if (!isLocalPointer(ref)) return undefined;
  let node = document;
  for (const raw of ref === "#" ? [] : ref.slice(2).split("/")) {
    let key: string;
    try {
      key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    } catch {
      return undefined;
    }
    if (Array.isArray(node)) {
      if (!ARRAY_INDEX.test(key) || Number(key) >= node.length) return undefined;
      node = node[Number(key)];
    } else if (isRecord(node) && Object.hasOwn(node, key)) {
      node = node[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** A node still to visit: its value, and how it was reached (a chain, so no path is copied). */
interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

function pathOf(visit: Visit, last: string): string[] {
  const path = [last];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent)
    path.unshift(at.key);
  return path;
}

const LOCAL_ONLY =
  'only references into the same document ("#/…") are read: bundle a split spec into one file first';

/** A problem found on one node: the words after "has", the key it stands at, what to do. */
interface NodeProblem {
  what: string;
  key: string;
  advice?: string;
}

/** Checks `$ref` strings against one document, remembering what it found. */
class ReferenceChecker {
  private readonly document: unknown;
  private readonly targets = new Map<string, unknown>();
  private readonly acyclic = new Set<unknown>();

  constructor(document: unknown) {
    this.document = document;
  }

  /** What is wrong with `ref`; undefined when it is fine. */
  problem(ref: unknown): Omit<NodeProblem, "key"> | undefined {
    if (typeof ref !== "string") return { what: "a `$ref` that is not a string" };
    const what = `a \`$ref\` to ${formatQuoted(ref)}`;
    if (!isLocalPointer(ref)) return { what, advice: LOCAL_ONLY };
    const target = this.resolve(ref);
    if (target === undefined) return { what: `${what}, which names nothing in the document,` };
    if (!this.endsOutsideRefs(target)) {
      return { what: `${what}, which leads back to itself through other references,` };
    }
    return undefined;
  }

  private resolve(ref: string): unknown {
    if (!this.targets.has(ref)) this.targets.set(ref, resolveLocalPointer(this.document, ref));
    return this.targets.get(ref);
  }

  // A `$ref` whose target is a `$ref`, and so on, must reach something else: a loop of bare
  // references names no schema at all (Redocly stops with "Self-referencing circular pointer").
  private endsOutsideRefs(start: unknown): boolean {
    const chain = new Set<unknown>();
    let node = start;
    while (isRecord(node) && typeof node["$ref"] === "string" && !this.acyclic.has(node)) {
      if (chain.has(node)) return false;
      chain.add(node);
      node = this.resolve(node["$ref"]);
    }
    for (const member of chain) this.acyclic.add(member);
    return true;
  }
}

// A discriminator's mapping value is a schema name, or a reference when it looks like a path or
// a URL (Redocly's isMappingRef): then it must be a same-document one.
function isOutsideMapping(value: unknown): value is string {
  return typeof value === "string" && !isLocalPointer(value) && /[/#:]/.test(value);
}

function checkNode(
  node: Record<string, unknown>,
  checker: ReferenceChecker,
): NodeProblem | undefined {
  if (Object.hasOwn(node, "$ref")) {
    const problem = checker.problem(node["$ref"]);
    if (problem !== undefined) return { ...problem, key: "$ref" };
  }
  if (Object.hasOwn(node, "externalValue") && typeof node["externalValue"] === "string") {
    const what = "an `externalValue`, which tools would fetch,";
    return { what, key: "externalValue", advice: "put the example inline as `value`" };
  }
  const mapping = isRecord(node["discriminator"]) ? node["discriminator"]["mapping"] : undefined;
  if (isRecord(mapping)) {
    for (const value of Object.values(mapping)) {
      if (isOutsideMapping(value)) {
        const what = `a discriminator mapping to ${formatQuoted(value)}`;
        return { what, key: "discriminator", advice: LOCAL_ONLY };
      }
    }
  }
  return undefined;
}

/**
 * The first reference in `document` that reaches outside it or names nothing, as the words after
 * "has": `` a `$ref` to "/etc/passwd" at #/components/…; only references … ``. Undefined when
 * there is none.
 */
export function findReferenceProblem(document: Record<string, unknown>): string | undefined {
  const checker = new ReferenceChecker(document);
  const stack: Visit[] = [{ value: document, key: "", parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (!isObject(value)) continue;
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
    const problem = Array.isArray(value) ? undefined : checkNode(value, checker);
    if (problem !== undefined) {
      const advice = problem.advice === undefined ? "" : `; ${problem.advice}`;
      return `${problem.what} at ${formatPointer(pathOf(visit, problem.key))}${advice}`;
    }
    // Pushed in reverse, so that the first problem in document order is the one reported.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index] as [string, unknown];
      if (isObject(child)) stack.push({ value: child, key, parent: visit });
    }
  }
  return undefined;
}
