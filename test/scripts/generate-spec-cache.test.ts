import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  fetchSpec,
  fetchSpecAs31,
  type PackFunction,
  type PinnedSpec,
} from "../../scripts/shared/spec-cache.js";
import { runProcess } from "../helpers/run-process.js";

const DOCUMENT_30 = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {},
  components: { schemas: { User: { type: "string", nullable: true } } },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sgp-spec-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A package tarball holding the description and a file that must not be extracted. */
async function makeTarball(): Promise<{ tarball: string; integrity: string }> {
  const source = join(dir, "source");
  const file = join(source, "package/generated/api.json");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(DOCUMENT_30));
  await writeFile(join(source, "package/generated/other.json"), "{}");
  const tarball = join(dir, "pkg.tgz");
  const tar = await runProcess("tar", ["-czf", tarball, "-C", source, "package"], { cwd: dir });
  expect(tar.code).toBe(0);
  const integrity = `sha512-${createHash("sha512")
    .update(await readFile(tarball))
    .digest("base64")}`;
  return { tarball, integrity };
}

const specWith = (integrity: string): PinnedSpec => ({
  id: "api",
  npmName: "api-description",
  version: "2.0.0",
  integrity,
  file: "package/generated/api.json",
});

const packing =
  (tarball: string): PackFunction =>
  async (_spec, into) => {
    const target = join(into, "api-description-2.0.0.tgz");
    await copyFile(tarball, target);
    return target;
  };

describe("fetchSpec", () => {
  it("extracts the one file into a folder named by version, and removes other versions", async () => {
    const { tarball, integrity } = await makeTarball();
    const cache = join(dir, "cache");
    await mkdir(join(cache, "api-1.0.0"), { recursive: true });
    await mkdir(join(cache, ".api-2.0.0-interrupted"), { recursive: true });
    await mkdir(join(cache, "other-1.0.0"), { recursive: true });

    const fetched = await fetchSpec(specWith(integrity), cache, packing(tarball));

    expect(fetched).toEqual({ path: join(cache, "api-2.0.0", "api.json"), isDownloaded: true });
    expect(JSON.parse(await readFile(fetched.path, "utf8"))).toEqual(DOCUMENT_30);
    expect(await readdir(join(cache, "api-2.0.0"))).toEqual(["api.json"]);
    expect((await readdir(cache)).sort()).toEqual(["api-2.0.0", "other-1.0.0"]);
  });

  it("finds a fetched file again without packing anything", async () => {
    const cache = join(dir, "cache");
    await mkdir(join(cache, "api-2.0.0"), { recursive: true });
    await writeFile(join(cache, "api-2.0.0", "api.json"), "{}");
    const pack = vi.fn<PackFunction>();
    const fetched = await fetchSpec(specWith("sha512-unused"), cache, pack);
    expect(fetched).toEqual({ path: join(cache, "api-2.0.0", "api.json"), isDownloaded: false });
    expect(pack).not.toHaveBeenCalled();
  });

  it("refuses a tarball whose hash is not the pinned one, and leaves nothing behind", async () => {
    const { tarball } = await makeTarball();
    const cache = join(dir, "cache");
    const pinned = `sha512-${Buffer.alloc(64).toString("base64")}`;
    await expect(fetchSpec(specWith(pinned), cache, packing(tarball))).rejects.toThrow(
      /^api-description@2\.0\.0 has hash sha512-\S+, not the pinned sha512-A+=*; the registry served another tarball$/,
    );
    expect(await readdir(cache)).toEqual([]);
  });
});

describe("fetchSpecAs31", () => {
  it("writes the 3.0 description converted to 3.1 next to it, and reuses it", async () => {
    const { tarball, integrity } = await makeTarball();
    const cache = join(dir, "cache");
    const converted = await fetchSpecAs31(specWith(integrity), cache, packing(tarball));
    expect(converted.path).toBe(join(cache, "api-2.0.0", "api.openapi-3.1.json"));
    const document = JSON.parse(await readFile(converted.path, "utf8"));
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.schemas.User).toEqual({ type: ["string", "null"] });

    const pack = vi.fn<PackFunction>();
    expect(await fetchSpecAs31(specWith(integrity), cache, pack)).toEqual({
      path: converted.path,
      isDownloaded: false,
    });
    expect(pack).not.toHaveBeenCalled();
  });
});
