/**
 * The spec parsed the same way for every generated file (and for the generate benchmark, which
 * loads this module without the formatters).
 */
import { parse } from "yaml";

/** The parsed spec: a mapping, as the document's top level must be. */
export type SpecDocument = Record<string, unknown>;

function parseText(specText: string): unknown {
  // JSON is YAML too, but JSON.parse reads GitHub's 7 MB description in 0.4 s where the YAML
  // parser takes 13 s. A text that is not JSON goes to the YAML parser, whose errors have the
  // line and column.
  if (specText.trimStart().startsWith("{")) {
    try {
      return JSON.parse(specText);
    } catch {
      // YAML flow mappings start with `{` too.
    }
  }
  return parse(specText);
}

/**
 * Parses the spec's YAML (or JSON) into a mapping.
 * @throws {Error} the text is not YAML (the message has the line and column), or not a mapping.
 */
export function parseSpec(specText: string): SpecDocument {
  // Parsed here so that a YAML error names openapi.yaml rather than an internal stream.
  const document = parseText(specText);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new Error("the spec is not a YAML mapping");
  }
  return document as SpecDocument;
}
