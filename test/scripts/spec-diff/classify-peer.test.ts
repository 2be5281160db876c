import { describe } from "vitest";
import { itReportsWithTypes, type Case } from "./rule-cases.js";

// The cases a reviewer brought from a peer checker's tests (issue 20), each judged from an
// openapi-fetch caller's view with `tsc --strict` on the generated types. They run through the
// whole report: the rules, the generated types of both revisions and the compiler's findings.
const PEER_CASES: Record<string, Case> = {
  // Said safe or review, though callers stop compiling.
  "a response that gains a media type with another body is breaking: `data` becomes a union": {
    edit: "addXmlResponse",
    changes: [
      {
        message: "response `200` may now be sent as `application/xml`",
        class: "breaking",
        reason: /`data` becomes a union with this body/,
        compiler: "breaking",
      },
    ],
  },
  "a value removed from a response enum is breaking: `case` on it no longer compiles": {
    edit: "removeResponseEnumValue",
    changes: [
      {
        message: "response field `model_vendor` is no longer `BEDROCK`",
        class: "breaking",
        reason: /names it \(`case`, `===`\) no longer compiles \(TS2678/,
        compiler: "breaking",
      },
    ],
  },
  "a changed response `const` is breaking, and its reason does not call the types the same": {
    from: "addStatusConst",
    edit: "changeStatusConst",
    changes: [
      {
        message: "`const` of response field `status` changed from `ok` to `fine`",
        class: "breaking",
        reason: /^(?!.*same generated type).*no longer compiles \(TS2367\)/,
        compiler: "breaking",
      },
    ],
  },
  "a response field that loses its `default` turns optional, which is breaking": {
    from: "addModelCardDefault",
    edit: "removeModelCardDefault",
    changes: [
      {
        message: "`default` of response field `model_card` removed (was `none`)",
        class: "breaking",
        reason: /marks it optional again.*\(TS18048\)/,
        compiler: "breaking",
      },
    ],
  },
  "`prefixItems` added to a response array makes it a tuple, which is breaking": {
    from: "addResponsePair",
    edit: "addPrefixItems",
    changes: [
      {
        message: "`prefixItems` of response field `pair` added",
        class: "breaking",
        reason: /between an array and a tuple/,
        compiler: "breaking",
      },
    ],
  },
  "`prefixItems` removed from a response tuple makes it an array, which is breaking": {
    from: "addResponseTuple",
    edit: "removePrefixItems",
    changes: [
      {
        message: "`prefixItems` of response field `pair` removed",
        class: "breaking",
        compiler: "breaking",
      },
    ],
  },
  "a changed `prefixItems` member of a response tuple is breaking": {
    from: "addResponseTuple",
    edit: "changePrefixItem",
    changes: [
      {
        message: /^`prefixItems\.1\.type` of response field `pair` changed/,
        class: "breaking",
        compiler: "breaking",
      },
    ],
  },
  "`contains` added to a response array changes no generated type and narrows what arrives": {
    from: "addResponsePair",
    edit: "addResponseContains",
    changes: [
      { message: "`contains` of response field `pair` added", class: "safe", compiler: null },
    ],
  },
  "`contains` added to a request array rejects calls without such an item": {
    from: "addRequestTags",
    edit: "addRequestContains",
    changes: [
      { message: "`contains` of request field `tags` added", class: "breaking", compiler: null },
    ],
  },
  "a response field's `contentEncoding` added needs review: decoding code misreads it": {
    from: "addResponseBlob",
    edit: "encodeResponseBlob",
    changes: [
      {
        message: "`contentEncoding` of response field `blob` added: `base64`",
        class: "review",
        reason: /does not show the encoding/,
      },
    ],
  },
  "a request field's `contentMediaType` changed is breaking: calls send the old kind": {
    from: "addRequestAttachment",
    edit: "changeRequestAttachmentMediaType",
    changes: [
      {
        message: /^`contentMediaType` of request field `attachment` changed/,
        class: "breaking",
      },
    ],
  },
  // Said breaking, though nothing breaks.
  "a security scheme no operation uses, removed, is safe, and no reason speaks of 401": {
    from: "addUnusedBearerScheme",
    edit: "removeUnusedBearerScheme",
    changes: [
      {
        message: "security scheme `Bearer` removed",
        class: "safe",
        reason: /^(?!.*401).*no operation requires/,
      },
    ],
  },
  "a moved OAuth `authorizationUrl` needs review: existing tokens still work": {
    from: "allowOAuth",
    edit: "moveOAuthAuthorizationUrl",
    changes: [
      {
        message: /^`flows\.implicit\.authorizationUrl` of security scheme `OAuth` changed/,
        class: "review",
        reason: /existing tokens keep working/,
      },
    ],
  },
  "a scope added to a flow, with no requirement changed, is safe": {
    from: "allowOAuth",
    edit: "addOAuthScope",
    changes: [
      {
        message: /^`flows\.implicit\.scopes\.models:read` of security scheme `OAuth` added/,
        class: "safe",
      },
    ],
  },
  "a request pattern emptied is looser, so safe": {
    from: "addNotePattern",
    edit: "emptyNotePattern",
    changes: [
      {
        message: /^`pattern` of request field `note` changed/,
        class: "safe",
        reason: /accepts more values/,
      },
    ],
  },
  "an error body moved to `application/problem+json` with the same schema is safe": {
    edit: "serveErrorsAsProblemJson",
    changes: [
      {
        message: "response `422` is no longer sent as `application/json`",
        class: "safe",
        compiler: "identical",
      },
      {
        message: "response `422` may now be sent as `application/problem+json`",
        class: "safe",
        compiler: "identical",
      },
    ],
  },
  "a response field no longer `writeOnly` is safe: the API may now return it": {
    from: "makeModelCardWriteOnly",
    edit: "makeModelCardReadable",
    changes: [
      {
        message: "`writeOnly` of response field `model_card` changed from `true` to `false`",
        class: "safe",
        reason: /may now return it/,
      },
    ],
  },
  // Wrong reasons.
  "`writeOnly` is judged the right way round: requests still send it, responses lose it": {
    edit: "makeNoteAndModelCardWriteOnly",
    changes: [
      {
        message: "`writeOnly` of response field `model_card` added: `true`",
        class: "review",
        reason: /the API stops returning it/,
      },
      {
        message: "`writeOnly` of request field `note` added: `true`",
        class: "safe",
        reason: /calls send it either way/,
      },
    ],
  },
  "request fields moved into `oneOf` variants are one change, not fields removed": {
    from: "addRequestTarget",
    edit: "moveRequestTargetIntoOneOf",
    changes: [
      {
        message: "request fields `group`, `instance` of `target` moved into `oneOf` variants",
        class: "review",
        reason: /`oneOf` takes exactly one/,
        // Each old value fits a variant, and each variant fits the old object type.
        compiler: "identical",
      },
    ],
  },
  "response fields moved into `oneOf` variants are breaking: reads must narrow first": {
    from: "addResponseOwner",
    edit: "moveResponseOwnerIntoOneOf",
    changes: [
      {
        message: "response fields `user`, `team` of `owner` moved into `oneOf` variants",
        class: "breaking",
        reason: /without first narrowing to a variant/,
        compiler: "breaking",
      },
    ],
  },
  "`patternProperties` names the fields it matches, not a field named after its pattern": {
    edit: "allowExtensionFields",
    changes: [
      {
        message: "response body may now have fields matching `^x-`",
        class: "safe",
        compiler: "compatible",
      },
    ],
  },
  "a value removed from `x-extensible-enum` is reported as such": {
    from: "addExtensibleStage",
    edit: "dropExtensibleStage",
    changes: [
      {
        message: "request field `stage` no longer accepts `LIVE` (`x-extensible-enum`)",
        class: "breaking",
        reason: /may now be rejected/,
      },
      {
        message: "response field `stage` is no longer `RETIRED` (`x-extensible-enum`)",
        class: "safe",
        reason: /^(?!.*same values)/,
      },
    ],
  },
  // Found on the way: openapi-fetch types the body of a response without one as `undefined`.
  "a body-less error response is breaking: after `if (error) return`, `data` may be `undefined`": {
    edit: "addBodylessNotFound",
    changes: [
      {
        message: "new response `404`",
        class: "breaking",
        reason: /`data` may now be `undefined`.*\(TS18048\)/,
        compiler: "breaking",
      },
    ],
  },
};

describe("buildSpecDiffReport, a peer checker's cases", () => {
  itReportsWithTypes(PEER_CASES);
});
