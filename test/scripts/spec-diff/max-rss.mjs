/**
 * Preloaded (`node --import`) into a command the hostile-spec tests run: when the process exits,
 * it writes its peak resident memory in kilobytes, all threads counted, to the file named by
 * MAX_RSS_FILE. Not a test; vitest runs only *.test.ts files.
 */
import { writeFileSync } from "node:fs";

const file = process.env.MAX_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
