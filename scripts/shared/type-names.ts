/**
 * How a component name from an OpenAPI document becomes a TypeScript type name: the one mapping
 * that the types generator, the validators generator and spec:diff share (docs/generate.md).
 *
 * A name that is already a usable type name is kept as it is (`ModelInstance`,
 * `HTTPValidationError`). Any other is cut into pieces at each character a TypeScript identifier
 * cannot hold, and the pieces are joined with their first letters upper-cased, their other letters as they are:
 * `ModelInstance-Input` → `ModelInstanceInput`, `network-policies` → `NetworkPolicies`,
 * `repos/get-content` → `ReposGetContent`. A keyword is not usable either, and is capitalized
 * the same way: `string` → `String`, `default` → `Default`. A result that would start with a
 * digit gets a leading `_`: `2fa` → `_2fa`, `2fa-codes` → `_2faCodes`.
 */
import ts from "typescript";
import { escapeControl } from "../../src/internal/escape.js";

// Identifiers as the newest ECMAScript version spells them: non-ASCII letters are kept.
const TARGET = ts.ScriptTarget.ESNext;

/** `name` quoted for a one-line message: a spec's names come from outside and may hold controls. */
export const quoteName = (name: string): string => escapeControl(JSON.stringify(name));

/** A name the mapping cannot use: no usable characters, or two names that map to one. */
export class TypeNameError extends Error {
  override readonly name = "TypeNameError";
}

const isPart = (character: string): boolean =>
  ts.isIdentifierPart(character.codePointAt(0) as number, TARGET);

/** True when `name` is an ECMAScript identifier (a keyword is one): `a`, `$b`, `été`, not `a-b`. */
export function isIdentifier(name: string): boolean {
  const [first, ...rest] = name;
  return (
    first !== undefined &&
    ts.isIdentifierStart(first.codePointAt(0) as number, TARGET) &&
    rest.every(isPart)
  );
}

/** True when `name` can be declared as it is: an identifier and not a keyword (`type`, `string`). */
export function isTypeName(name: string): boolean {
  return (
    isIdentifier(name) &&
    ts.identifierToKeywordKind(ts.factory.createIdentifier(name)) === undefined
  );
}

/**
 * The TypeScript type name for the component name `name`, by the rules at the top of this file.
 * Depends on `name` alone, so one schema's name never changes because another was added.
 * @throws {TypeNameError} `name` holds no character a TypeScript identifier can hold.
 */
export function toTypeName(name: string): string {
  if (isTypeName(name)) return name;
  const pieces: string[] = [];
  let piece = "";
  for (const character of name) {
    if (isPart(character)) {
      piece += character;
    } else if (piece !== "") {
      pieces.push(piece);
      piece = "";
    }
  }
  if (piece !== "") pieces.push(piece);
  const joined = pieces.map(capitalize).join("");
  if (joined === "") {
    throw new TypeNameError(
      `${quoteName(name)} has no letter or digit to make a TypeScript type name from; rename it`,
    );
  }
  return isTypeName(joined) ? joined : `_${joined}`;
}

function capitalize(piece: string): string {
  const first = String.fromCodePoint(piece.codePointAt(0) as number);
  const upper = first.toUpperCase();
  // An upper case that is not an identifier character (rare outside Latin, Greek, Cyrillic)
  // keeps the character as the spec has it.
  const isUsable = [...upper].every(isPart);
  return (isUsable ? upper : first) + piece.slice(first.length);
}

/** Where the names come from, for error messages: `schema` and `components.schemas`. */
export interface NameSource {
  /** One of them, in the singular: `schema`. */
  noun: string;
  /** Where they are renamed: `components.schemas`. */
  where: string;
}

const SCHEMAS: NameSource = { noun: "schema", where: "components.schemas" };

/**
 * The type name of each of `names` (in their order), refusing any two that map to one type name,
 * and any that maps to a name in `taken` (names the generated file declares or uses itself).
 *
 * Refusing, rather than numbering the second (`ModelInstanceInput_2`), keeps every type name a
 * function of its own schema name: with numbering, adding `ModelInstanceInput` to a spec that has
 * `ModelInstance-Input` would move the name callers import from one schema to the other.
 * @throws {TypeNameError} one line naming both component names and the type name they share.
 */
export function assignTypeNames(
  names: Iterable<string>,
  taken: ReadonlySet<string> = new Set(),
  source: NameSource = SCHEMAS,
): Map<string, string> {
  const assigned = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const name of names) {
    let typeName: string;
    try {
      typeName = toTypeName(name);
    } catch (error) {
      throw new TypeNameError(`${source.noun} ${(error as Error).message} in ${source.where}`);
    }
    const owner = owners.get(typeName);
    if (owner !== undefined) {
      throw new TypeNameError(
        `${source.noun}s ${quoteName(owner)} and ${quoteName(name)} would both be the TypeScript type ${typeName}; rename one of them in ${source.where}`,
      );
    }
    if (taken.has(typeName)) {
      throw new TypeNameError(
        `${source.noun} ${quoteName(name)} would be the TypeScript type ${typeName}, which the generated file already declares or uses; rename it in ${source.where}`,
      );
    }
    owners.set(typeName, name);
    assigned.set(name, typeName);
  }
  return assigned;
}
