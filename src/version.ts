/**
 * This package's version, sent in the `user-agent` header. `npm run version` writes it from
 * package.json after `changeset version` bumps that; a test keeps the two equal.
 */
export const VERSION = "0.1.0";
