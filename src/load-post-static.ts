/**
 * `loadPost` for the CommonJS build, which tsup.config.ts swaps in for load-post.ts: CommonJS
 * runs in Node, where no bundle size is at stake, and a lazily bundled module there would leave
 * the file in a shape that @arethetypeswrong misreads.
 */
import * as post from "./post.js";

export const loadPost = (): Promise<typeof post> => Promise.resolve(post);
