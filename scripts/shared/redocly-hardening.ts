/**
 * Two changes to `@redocly/openapi-core`, for the whole process, made by importing this module.
 * Every tool under scripts/ that runs Redocly, or openapi-typescript (which runs Redocly), imports
 * it. Each tool hands Redocly the spec as text or as a parsed object, so neither change takes
 * away anything they need.
 *
 * 1. No external reference is loaded. Redocly loads one with `BaseResolver.loadExternalRef`,
 *    which reads a file or fetches a URL; openapi-typescript builds its own resolver
 *    (`new BaseResolver(config.resolve)`), so no resolver can be handed to it, and the method
 *    itself is replaced by one that refuses. This is the second wall: a spec that slipped past
 *    the check in local-refs.ts still cannot read a file or open a connection.
 * 2. A key named like a member of `Object.prototype` is a key. Redocly's node types keep their
 *    known fields in plain objects and look a key up with `type.properties[key]`, so a schema
 *    property named `constructor` was checked against the function `Object` and refused.
 *    The field tables are rebuilt without a prototype.
 */
import { BaseResolver, ResolveError, type Source } from "@redocly/openapi-core";
import * as redoclyTypes from "@redocly/openapi-core/lib/types/index.js";
import { escapeControl } from "../../src/internal/escape.js";

/** The start of the error every refused load gives. */
export const EXTERNAL_REF_REFUSED = "external reference refused";

BaseResolver.prototype.loadExternalRef = function refuseExternalRef(
  absoluteRef: string,
): Promise<Source> {
  const error = new Error(
    `${EXTERNAL_REF_REFUSED}: ${escapeControl(absoluteRef.slice(0, 120))}; only references into the same document ("#/…") are read`,
  );
  return Promise.reject(new ResolveError(error));
};

type NormalizeTypes = typeof redoclyTypes.normalizeTypes;
// The CommonJS exports object, whose property Redocly's own modules read at each call.
const typesModule = (redoclyTypes as { default?: { normalizeTypes: NormalizeTypes } }).default;
if (typesModule !== undefined) {
  const normalizeTypes = typesModule.normalizeTypes;
  typesModule.normalizeTypes = (...args: Parameters<NormalizeTypes>) => {
    const types = normalizeTypes(...args);
    for (const type of Object.values(types)) {
      if (type.properties !== undefined) {
        type.properties = Object.assign(
          Object.create(null),
          type.properties,
        ) as typeof type.properties;
      }
    }
    return types;
  };
}
