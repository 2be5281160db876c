/**
 * Text from outside (a server's answer, stdin, the environment) made safe for a terminal: no
 * control character reaches one raw, so an ESC or OSC sequence cannot clear the screen, retitle a
 * window or forge a hyperlink. Runs only on error, log and CLI output paths.
 */

// C0 controls, DEL and the C1 controls (U+0080–U+009F: U+009B is a one-character CSI).
const CONTROL_RE = /[\0-\x1f\x7f-\x9f]/g;
const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `text` with every C0/C1 control character written as an escape: `\n`, `\r`, `\t`, and
 * `\u001b` style for the rest (ESC becomes `\u001b`). Text without one is returned as it is.
 */
export function escapeControl(text: string): string {
  return text.replace(
    CONTROL_RE,
    (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
