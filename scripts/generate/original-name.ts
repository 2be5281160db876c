/**
 * The JSDoc line that keeps a schema's name as openapi.yaml spells it, on a declaration that
 * scripts/shared/type-names.ts had to rename: an editor's hover then shows where the type is from.
 */
import ts from "typescript";
import { escapeControl } from "../../src/internal/escape.js";

/** "`ModelInstance-Input` in openapi.yaml.", safe inside a comment whatever the name holds. */
export function originalNameLine(name: string): string {
  // A name is outside text: `*/` would end the comment, a line break would start another line.
  return `\`${escapeControl(name).replaceAll("*/", "*\\/")}\` in openapi.yaml.`;
}

/**
 * `comments` (openapi-typescript's synthesized JSDoc, if any) with the original-name line added
 * before the first tag, where JSDoc still reads it as part of the summary, not of a tag.
 */
export function withOriginalName(
  comments: readonly ts.SynthesizedComment[] | undefined,
  name: string,
): ts.SynthesizedComment[] {
  const line = ` * ${originalNameLine(name)}`;
  const all = [...(comments ?? [])];
  // openapi-typescript adds at most one JSDoc comment to a schema.
  const index = all.findIndex(
    (comment) => comment.kind === ts.SyntaxKind.MultiLineCommentTrivia && comment.text[0] === "*",
  );
  const jsDoc = all[index];
  if (jsDoc === undefined) {
    const text = `*\n${line}\n `;
    const kind = ts.SyntaxKind.MultiLineCommentTrivia;
    return [...all, { kind, text, hasTrailingNewLine: true, pos: -1, end: -1 }];
  }
  // openapi-typescript writes `* one item ` on one line, or `*\n * item\n * item\n ` (its
  // lib/ts.ts addJSDocComment): make the first the second, then insert the line.
  const lines = jsDoc.text.includes("\n")
    ? jsDoc.text.split("\n")
    : ["*", ` * ${jsDoc.text.slice(1).trim()}`, " "];
  const firstTag = lines.findIndex((text) => /^ \* @/.test(text));
  lines.splice(firstTag === -1 ? lines.length - 1 : firstTag, 0, line);
  all[index] = { ...jsDoc, text: lines.join("\n") };
  return all;
}
