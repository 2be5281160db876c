/** The project root. */
export declare const ROOT: string;
/** Where the bundles are written: `.cache/spec-diff/`. */
export declare const OUT_DIR: string;
/** The hash of the files a bundle was built from, relative to the project root. */
export declare function hashOf(inputs: readonly string[]): Promise<string>;
/** The file listing what the bundle `name` was last built from. */
export declare function inputsFile(name: string): string;
/** The bundle `name` built from sources whose hash is `hash`. */
export declare function bundlePath(name: string, hash: string): string;
/** The path of the bundle `name` if it was built from the sources as they are now. */
export declare function freshBundle(name: string): Promise<string | undefined>;
