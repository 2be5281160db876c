/**
 * The bench's reference: api-smart-diff alone on two spec files, parsed as spec:diff parses
 * them (JSON with JSON.parse, else YAML). `tsx api-smart-diff-only.ts base head`; prints the
 * number of differences.
 */
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";
import { parse } from "yaml";

const read = (path: string): unknown => {
  const text = readFileSync(path, "utf8");
  return text.trimStart().startsWith("{") ? JSON.parse(text) : parse(text);
};

const [base = "", head = ""] = process.argv.slice(2);
const { diffs } = apiCompare(read(base) as object, read(head) as object);
console.log(diffs.length);
