/** This package's version, sent in the `user-agent` header. Kept equal to package.json's by a test. */
export const VERSION = "0.1.0";
