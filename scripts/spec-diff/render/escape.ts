/**
 * The one place where spec strings are made safe for where they land: a pull-request comment
 * (Markdown that GitHub renders), a JSON report, or a terminal.
 *
 * Messages and reasons are plain text in which {@link codeSpan} marks the code spans: a backtick, the
 * string with `\` and `` ` `` escaped by a backslash, a backtick. Phrasing code puts every spec
 * string through `codeSpan()`, so a name holding a backtick cannot end its span. The renderers below
 * then escape every character of every message, text and code spans alike, whatever its origin:
 * a string that phrasing forgot to mark shows as plain text, never as Markdown or HTML.
 */
import { escapeControl } from "../../../src/internal/escape.js";

// Characters that break a line in Markdown or in a terminal, collapsed to one space.
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
// Invisible characters that change how text reads (bidi overrides, zero-width joiners, BOM):
// shown as escapes, so a name cannot look like another (Unicode's Cf category, and controls).
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
// Markdown punctuation that could start inline structure in text: emphasis, links, code,
// strikethrough, escapes and table cells. HTML and entities are handled apart.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// A code span and what surrounds it, a backslash escaping `\` and `` ` `` inside the span.
const CODE_SPAN = /(`(?:[^`\\]|\\[\s\S])*`)/;
// A code span in Markdown shows at most this much of a name or value; the JSON report has it all.
const MAX_CODE_CHARS = 200;
// U+2060 WORD JOINER after `@`: GitHub links a mention only when a name follows the `@` at once.
const MENTION_BREAK = "@\u2060";

/**
 * `value` as a code span of a message: `` `name` ``, with `\` and `` ` `` escaped inside so
 * that the span ends where this call ends it. The one way a spec string enters a message.
 */
export function codeSpan(value: unknown): string {
  return "`" + String(value).replace(/[\\`]/g, "\\$&") + "`";
}

/** One piece of a message: plain text, or the content of a code span. */
export interface MessagePart {
  isCode: boolean;
  text: string;
}

/** Splits a message into text and code spans, alternating, starting with text (maybe ""). */
export function splitMessage(message: string): MessagePart[] {
  return message
    .split(CODE_SPAN)
    .map((piece, index) =>
      index % 2 === 1
        ? { isCode: true, text: piece.slice(1, -1).replace(/\\([\s\S])/g, "$1") }
        : { isCode: false, text: piece },
    );
}

/** A message's text with its code-span marks taken off: `` `HEAD` `` → HEAD. */
export function unmarkMessage(message: string): string {
  return splitMessage(message)
    .map((part) => part.text)
    .join("");
}

/**
 * The pieces of a message with marked code spans kept whole: text, span, text, … (the spans with
 * their backticks), so that a span can be compared and moved as one token.
 */
export function tokenizeMessage(message: string): string[] {
  return message.split(CODE_SPAN);
}

/** `char` as `\uXXXX` escapes, one per UTF-16 unit, as JSON writes a character outside the BMP. */
function unicodeEscape(char: string): string {
  let escaped = "";
  for (let index = 0; index < char.length; index += 1) {
    escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, "0")}`;
  }
  return escaped;
}

/** The length of the longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** `text` cut to `max` UTF-16 units and an ellipsis, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** `text` on one line: line breaks become spaces, control and invisible characters escapes. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(LINE_BREAKS, " ")).replace(INVISIBLE, unicodeEscape);
}

/** Where Markdown lands: a table cell must escape `|`, even inside a code span (GFM §4.10). */
export interface MarkdownPlace {
  isTableCell: boolean;
}

/** Plain text for inline Markdown: no HTML, no entity, no structure, no mention. */
export function markdownText(text: string, place: MarkdownPlace): string {
  const escaped = oneLine(text)
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(MARKDOWN_PUNCTUATION, (char) =>
      char === "|" && !place.isTableCell ? char : `\\${char}`,
    )
    .replace(/@/g, MENTION_BREAK);
  return escaped;
}

/**
 * `text` as a Markdown code span: a fence longer than any backtick run inside, so the span ends
 * only where it should. HTML, entities and mentions are not read inside a code span, so `<`,
 * `&` and `@` stay as they are; `|` is escaped in a table cell, whose `\|` GFM reads as `|`.
 */
export function markdownCode(text: string, place: MarkdownPlace): string {
  let content = oneLine(cut(text, MAX_CODE_CHARS));
  if (place.isTableCell) {
    // A backslash right before the `\|` would pair with its backslash and free the pipe to end
    // the cell: a word joiner keeps them apart.
    content = content.replace(/\\(?=\|)/g, "\\\u2060").replace(/\|/g, "\\|");
  }
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  // A space on each side when the content starts or ends with a backtick or a space: Markdown
  // strips one from each side, and the fence would otherwise run into the content.
  const isPadded = content === "" || /^[` ]|[` ]$/.test(content);
  return isPadded ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/** A message as inline Markdown: its text escaped, its code spans rebuilt. */
export function markdownMessage(message: string, place: MarkdownPlace): string {
  return splitMessage(message)
    .map((part) => (part.isCode ? markdownCode(part.text, place) : markdownText(part.text, place)))
    .join("");
}

/**
 * A message as one line of plain text, for JSON and terminals: code spans in backticks (longer
 * ones around a backtick), control and invisible characters as escapes.
 */
export function plainMessage(message: string): string {
  return splitMessage(message)
    .map((part) => {
      if (!part.isCode) return oneLine(part.text);
      const content = oneLine(part.text);
      const fence = "`".repeat(longestBacktickRun(content) + 1);
      return /^`|`$/.test(content) ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
    })
    .join("");
}

/**
 * JSON text with every character a terminal could act on written as a `\u` escape: JSON.stringify
 * escapes C0 controls, not DEL, the C1 controls or bidi overrides. The value parses the same.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\p{Cf}]/gu, unicodeEscape);
}
