import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** One vitest project per kind of test, named after its folder under test/. */
const KINDS = {
  unit: "the client's units, with an injected fetch; no sockets",
  wire: "the client and CLI against real loopback servers",
  testing: "the sgp-client/testing stand-in, module by module",
  package: "the packed tarball, a real browser, the bundle size, the examples and the contract",
  scripts: "the maintainers' tools: generate, spec:diff, bench",
} as const;

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do; tsconfig.json's `paths` say the same.
    alias: [
      {
        find: /^sgp-client$/,
        replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      },
      {
        find: /^sgp-client\/testing$/,
        replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)),
      },
      {
        find: /^sgp-client\/validation$/,
        replacement: fileURLToPath(new URL("./src/validation/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    setupFiles: ["test/helpers/setup.ts"],
    // Vitest's default is one worker per core but one: a single worker on this 2-core machine,
    // which left a core idle while most test files wait on sockets and child processes.
    maxWorkers: 2,
    // Each test file in a fresh module graph cost about a second of imports and coverage
    // instrumentation per file, most of the time of the small files. Files share their worker's
    // modules instead: test/helpers/setup.ts and unstubEnvs/unstubGlobals undo what a file changes.
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    projects: Object.keys(KINDS).map((kind) => ({
      extends: true,
      test: {
        name: kind,
        include: [`test/${kind}/**/*.test.ts`],
        // Types are behaviour too: the unit project also type-checks its *.test-d.ts files.
        ...(kind === "unit" && {
          typecheck: {
            enabled: true,
            include: ["test/unit/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
        }),
      },
    })),
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/types.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
