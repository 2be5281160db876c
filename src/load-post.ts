/**
 * Loads `client.POST`'s module on first use, so that a bundle that only calls `create` leaves
 * openapi-fetch out. The CommonJS build swaps in load-post-static.ts (see tsup.config.ts).
 */
export const loadPost = (): Promise<typeof import("./post.js")> => import("./post.js");
