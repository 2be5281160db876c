// Preloaded into a measured process (`node --import ./peak.mjs`): at exit, writes the process's
// peak resident set size (kilobytes) and CPU time (microseconds), as getrusage reports them, to
// the file named by SPEC_DIFF_BENCH_PEAK_FILE, so that the bench reads them without a
// platform's `time` command.
import { writeFileSync } from "node:fs";

const file = process.env.SPEC_DIFF_BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}
