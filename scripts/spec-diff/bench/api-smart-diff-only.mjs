// The bench's reference: api-smart-diff alone on two spec files, parsed as spec:diff parses them
// (JSON with JSON.parse, else YAML). `node api-smart-diff-only.mjs base head`; prints the number
// of differences. Plain JavaScript, run by plain Node, as spec:diff's start.mjs is: neither pays
// for a TypeScript loader.
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";
import { parse } from "yaml";

const read = (path) => {
  const text = readFileSync(path, "utf8");
  return text.trimStart().startsWith("{") ? JSON.parse(text) : parse(text);
};

const [base = "", head = ""] = process.argv.slice(2);
const { diffs } = apiCompare(read(base), read(head));
console.log(diffs.length);
