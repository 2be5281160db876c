/**
 * Reads and parses a revision of openapi.yaml that may be hostile (a pull request's), within
 * limits, before any other tool sees it: `spec:diff`, `lint:spec` and `generate` all load the
 * spec here. A problem is a {@link SpecInputError} whose message is one line that names the limit
 * or the place in the document, and never quotes the document at length.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type ParsedNode,
} from "yaml";
import { firstLine } from "./errors.js";
import { isRecord } from "./guards.js";
import { findJsonExcess, parseJsonObject } from "./json-spec.js";
import { findReferenceProblem, formatPointer } from "./local-refs.js";

/** The limits a spec must stay within. */
export interface SpecLimits {
  /**
   * Bytes of YAML text.
   * @default 5_000_000
   */
  maxBytes: number;
  /**
   * YAML nodes (mappings, sequences, keys and values), counted with every alias expanded.
   * @default 1_000_000
   */
  maxNodes: number;
}

/** The limits unless a command line raises them. */
export const DEFAULT_SPEC_LIMITS: Readonly<SpecLimits> = {
  maxBytes: 5_000_000,
  maxNodes: 1_000_000,
};

/**
 * Collections nested deeper than this are refused. Not an option: the tools after the loader
 * recurse once or more per level, and Redocly's own YAML reader stopped at 100 levels too.
 */
export const MAX_DEPTH = 100;

/** YAML aliases allowed, the `yaml` package's own default (it counts uses, not their size). */
const MAX_ALIAS_COUNT = 100;

/** A spec this loader refuses; `message` is one line that completes "openapi.yaml at X …". */
export class SpecInputError extends Error {
  override readonly name = "SpecInputError";
  /** True when the text is not YAML at all, rather than a spec refused for what it holds. */
  readonly isSyntaxError: boolean;

  constructor(message: string, options: { isSyntaxError?: boolean } = {}) {
    super(message);
    this.isSyntaxError = options.isSyntaxError ?? false;
  }
}

const formatCount = (count: number): string => count.toLocaleString("en-US");

/** `parseArgs` options for the limits, for the tools that take them on their command line. */
export const LIMIT_OPTIONS = {
  "max-bytes": { type: "string" },
  "max-nodes": { type: "string" },
} as const;

/**
 * The limits from `--max-bytes` and `--max-nodes` as `parseArgs` gave them, defaults for the
 * rest; throws a {@link SpecInputError} naming a flag whose value is not a whole number from 1.
 */
export function limitsFrom(values: { "max-bytes"?: string; "max-nodes"?: string }): SpecLimits {
  const read = (flag: "max-bytes" | "max-nodes", fallback: number): number => {
    const value = values[flag];
    if (value === undefined) return fallback;
    if (!/^[1-9]\d{0,9}$/.test(value)) {
      throw new SpecInputError(
        `--${flag} must be a whole number from 1, not ${JSON.stringify(value.slice(0, 40))}`,
      );
    }
    return Number(value);
  };
  return {
    maxBytes: read("max-bytes", DEFAULT_SPEC_LIMITS.maxBytes),
    maxNodes: read("max-nodes", DEFAULT_SPEC_LIMITS.maxNodes),
  };
}

/**
 * Reads the file at `path` as UTF-8, refusing a symbolic link (a pull request could point one at
 * any file on the machine), anything but a regular file, and more than `maxBytes` bytes.
 * File-system errors (`ENOENT`, …) are thrown as they are, for the caller to word.
 */
export async function readSpecFile(path: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") {
      throw new SpecInputError("is a symbolic link; only a regular file is read");
    }
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new SpecInputError("is not a regular file");
    checkSize(stats.size, maxBytes);
    // Read one byte past the limit, so that a file growing after fstat is still caught.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    checkSize(bytesRead, maxBytes);
    return buffer.toString("utf8", 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Throws the size-limit error when `bytes` is over `maxBytes`. */
export function checkSize(bytes: number, maxBytes: number): void {
  if (bytes <= maxBytes) return;
  throw new SpecInputError(
    `is ${formatCount(bytes)} bytes, over the limit of ${formatCount(maxBytes)} (--max-bytes raises it)`,
  );
}

const tooManyNodes = (maxNodes: number): string =>
  `holds more than ${formatCount(maxNodes)} YAML nodes with its aliases expanded, the limit (--max-nodes raises it)`;

/** A child in the walk of {@link measure}: the key (or index) it sits at, and its node. */
interface Child {
  key: string;
  node: ParsedNode | null;
}

/** One step of the walk in {@link measure}: a node, its children, and its weight so far. */
interface Frame {
  node: ParsedNode;
  children: Child[];
  next: number;
  size: number;
  depth: number;
}

function childrenOf(node: ParsedNode, path: readonly string[]): Child[] {
  if (isSeq(node)) return node.items.map((item, index) => ({ key: String(index), node: item }));
  if (!isMap(node)) return [];
  return node.items.map(({ key, value }) => {
    // A key that is not a plain scalar becomes a different string in each YAML library (a
    // sequence key `[$ref]` is "$ref" to some), so one reader could see a `$ref` another missed.
    if (!isScalar(key) || (key.value !== null && typeof key.value === "object")) {
      throw new SpecInputError(
        `has a mapping key that is not a plain scalar at ${formatPointer(path)}`,
      );
    }
    return { key: String(key.value ?? ""), node: value };
  });
}

/**
 * Counts the nodes of `document` with every alias expanded, and its depth, without expanding
 * anything: an alias weighs what its anchor weighs, and each anchor is measured once. Throws
 * when a limit is passed, a key is not a scalar, or an alias sits inside the node it names.
 */
function measure(document: Document.Parsed, maxNodes: number): void {
  const root = document.contents;
  if (root === null) return;
  // An alias names the last anchor of that name before it, so the walk is in document order.
  const anchors = new Map<string, ParsedNode>();
  const weights = new Map<ParsedNode, Weight>();
  const path: string[] = [];
  const stack: Frame[] = [];
  const enter = (node: ParsedNode): void => {
    if (node.anchor) anchors.set(node.anchor, node);
    const children = childrenOf(node, path);
    // A mapping's keys are nodes too.
    const size = 1 + (isMap(node) ? children.length : 0);
    stack.push({ node, children, next: 0, size, depth: 1 });
  };
  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.children[frame.next++];
    if (child === undefined) {
      stack.pop();
      path.pop();
      weights.set(frame.node, frame);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) addWeight(parent, frame, maxNodes);
      continue;
    }
    if (child.node === null) {
      addWeight(frame, { size: 1, depth: 1 }, maxNodes);
    } else if (isAlias(child.node)) {
      const target = anchors.get(child.node.source);
      const weight = target === undefined ? undefined : weights.get(target);
      if (weight === undefined) {
        throw new SpecInputError(
          `has a YAML alias inside the node it names at ${formatPointer([...path, child.key])}`,
        );
      }
      addWeight(frame, weight, maxNodes);
    } else {
      path.push(child.key);
      if (path.length >= MAX_DEPTH) {
        throw new SpecInputError(
          `nests deeper than ${MAX_DEPTH} levels at ${formatPointer(path)}, the limit (fixed)`,
        );
      }
      enter(child.node);
    }
  }
}

/** How many nodes a node stands for, and how deep, with aliases expanded. */
interface Weight {
  size: number;
  depth: number;
}

function addWeight(frame: Frame, child: Weight, maxNodes: number): void {
  frame.size += child.size;
  frame.depth = Math.max(frame.depth, child.depth + 1);
  if (frame.size > maxNodes) throw new SpecInputError(tooManyNodes(maxNodes));
  if (frame.depth > MAX_DEPTH) {
    throw new SpecInputError(
      `nests deeper than ${MAX_DEPTH} levels through its aliases, the limit (fixed)`,
    );
  }
}

/**
 * Parses spec text (YAML, or JSON, read with `JSON.parse`) into a mapping, within `limits`, and
 * checks its references ({@link findReferenceProblem}): only a `$ref` to a place in this document
 * is allowed.
 * @throws {SpecInputError} the text is not YAML, passes a limit, or holds a reference to
 *   anything outside itself or to nothing.
 */
export function parseSpecText(text: string, limits: SpecLimits): Record<string, unknown> {
  checkSize(Buffer.byteLength(text, "utf8"), limits.maxBytes);
  const value = parseJson(text, limits) ?? parseYaml(text, limits);
  if (!isRecord(value)) throw new SpecInputError("is not a YAML mapping");
  const problem = findReferenceProblem(value);
  if (problem !== undefined) throw new SpecInputError(`has ${problem}`);
  return value;
}

// JSON text, within the same node and depth limits as YAML (json-spec.ts); undefined otherwise.
function parseJson(text: string, limits: SpecLimits): object | undefined {
  const value = parseJsonObject(text);
  if (value === undefined) return undefined;
  const excess = findJsonExcess(value, limits.maxNodes, MAX_DEPTH);
  if (excess?.limit === "nodes") throw new SpecInputError(tooManyNodes(limits.maxNodes));
  if (excess?.limit === "depth") {
    throw new SpecInputError(
      `nests deeper than ${MAX_DEPTH} levels at ${formatPointer(excess.path)}, the limit (fixed)`,
    );
  }
  return value;
}

function parseYaml(text: string, limits: SpecLimits): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  const [yamlError] = document.errors;
  if (yamlError !== undefined) {
    // The parser recurses once per level and reports running out of stack as a YAML error:
    // only nesting far past the limit gets there.
    if (yamlError.message.includes("Maximum call stack size exceeded")) {
      throw new SpecInputError(`nests deeper than ${MAX_DEPTH} levels, the limit (fixed)`);
    }
    // The yaml package appends a code frame; its first line names the problem and the place.
    const problem = firstLine(yamlError).replace(/:$/, "");
    throw new SpecInputError(`is not valid YAML: ${problem}`, { isSyntaxError: true });
  }
  measure(document, limits.maxNodes);
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      throw new SpecInputError(
        `uses YAML aliases more than ${MAX_ALIAS_COUNT} times, the yaml package's limit (fixed)`,
      );
    }
    throw error;
  }
}
