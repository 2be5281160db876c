/**
 * Reads what the `sgp-client/testing` stand-in serves out of the spec: per path template its
 * operations, and per operation the examples of its responses, each checked against its schema.
 * The spec may be a pull request's: nothing it names is fetched or read, every `$ref` must stay
 * inside it, and every example must be a value that JSON and HTTP can carry.
 */
import { escapeControl } from "../../src/internal/escape.js";
import { isRecord } from "../shared/guards.js";
import { HTTP_METHODS } from "../shared/openapi.js";
import {
  createExampleChecker,
  exampleValue,
  headerText,
  quote,
  requireJson,
  type ExampleChecker,
} from "./stand-in-check.js";

type Mapping = Record<string, unknown>;

/** A value of `components.examples`, shared by every response that references it. */
export interface ComponentExample {
  name: string;
  value: unknown;
}

/** One example answer of one response of one operation. */
export interface ExampleAnswer {
  /** The name under the media type's `examples` (`example` for a lone `example`); none without content. */
  name: string | undefined;
  /** The response's key: `200`, `2XX`, `default`, … */
  status: string;
  /** The response's header examples, by lower-case name, as sent. */
  headers: Record<string, string>;
  contentType: string | undefined;
  /** The body: inline, or a component example; none when the response has no content. */
  body: { inline: unknown } | { component: ComponentExample } | undefined;
}

/** One operation: its method, operationId and example answers. */
export interface StandInOperation {
  method: string;
  operationId: string;
  answers: ExampleAnswer[];
}

/** One path template and its operations, in the order of HTTP_METHODS. */
export interface StandInPath {
  template: string;
  operations: StandInOperation[];
}

/** Everything the stand-in needs from the spec. */
export interface StandInSpec {
  paths: StandInPath[];
  /**
   * The `components.examples` that responses use with a named schema, by that schema's name,
   * in the order `components.examples` lists them: the stand-in's seed.
   */
  schemaExamples: Map<string, ComponentExample[]>;
}

const MAX_REF_HOPS = 8;
const NO_EXAMPLE = Symbol("no example");
// Headers the stand-in writes itself (framing, hop-by-hop, its own), and `Content-Type`, which
// OpenAPI 3.1 §4.8.17.1 says "SHALL be ignored" among a response's headers.
const OWN_HEADERS = new Set([
  "content-type",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "upgrade",
  "trailer",
  "x-request-id",
  "x-sgp-stand-in",
]);

/** A JSON pointer token (RFC 6901 §3). */
const token = (text: string): string => text.replaceAll("~", "~0").replaceAll("/", "~1");
const untoken = (text: string): string =>
  decodeURIComponent(text).replaceAll("~1", "/").replaceAll("~0", "~");
// JSON, and JSON-based types such as application/problem+json (RFC 6839 §3.1).
const isJsonMediaType = (mediaType: string): boolean =>
  /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i.test(mediaType);
const entriesOf = (value: unknown): [string, unknown][] =>
  isRecord(value) ? Object.entries(value) : [];

/** Reads one spec; see {@link readStandInSpec}. */
class SpecReader {
  readonly #spec: Mapping;
  readonly #check: ExampleChecker;
  readonly #components = new Map<string, ComponentExample>();
  readonly schemaExamples = new Map<string, ComponentExample[]>();

  constructor(spec: Mapping) {
    this.#spec = spec;
    this.#check = createExampleChecker(spec);
  }

  /** Follows local `$ref`s into `components.<kind>`; returns the last name followed and the target. */
  resolve(node: unknown, kind: string, where: string): { name?: string; target: unknown } {
    let name: string | undefined;
    let target = node;
    for (let hop = 0; isRecord(target) && typeof target["$ref"] === "string"; hop += 1) {
      const ref = target["$ref"];
      const prefix = `#/components/${kind}/`;
      const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
      if (rest === "" || rest.includes("/") || hop === MAX_REF_HOPS) {
        throw new Error(`${where}: $ref ${quote(ref)} must point into ${prefix}, in a few hops`);
      }
      name = untoken(rest);
      const components = this.#spec["components"];
      const table = isRecord(components) ? components[kind] : undefined;
      target = isRecord(table) && Object.hasOwn(table, name) ? table[name] : undefined;
      if (target === undefined) throw new Error(`${where}: $ref ${quote(ref)} points at nothing`);
    }
    return name === undefined ? { target } : { name, target };
  }

  /** The response's header examples; headers without one are left out. */
  headers(response: Mapping, pointer: string, where: string): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, declared] of entriesOf(response["headers"])) {
      const lower = name.toLowerCase();
      if (OWN_HEADERS.has(lower) || lower.startsWith("access-control-")) continue;
      const at = `the example of ${where} header ${quote(name)}`;
      const { name: refName, target: header } = this.resolve(declared, "headers", at);
      if (!isRecord(header)) continue;
      const value = this.#headerExample(header, at);
      if (value === NO_EXAMPLE) continue;
      const base =
        refName === undefined
          ? `${pointer}/headers/${token(name)}`
          : `/components/headers/${token(refName)}`;
      if (isRecord(header["schema"])) this.#check(`${base}/schema`, value, at);
      headers[lower] = headerText(name, value, at);
    }
    return headers;
  }

  /** The example answers of one response. */
  answers(response: unknown, pointer: string, status: string, where: string): ExampleAnswer[] {
    const { name: refName, target } = this.resolve(response, "responses", where);
    if (!isRecord(target)) return [];
    const base = refName === undefined ? pointer : `/components/responses/${token(refName)}`;
    const headers = this.headers(target, base, where);
    const content = entriesOf(target["content"]);
    if (content.length === 0) {
      return [{ name: undefined, status, headers, contentType: undefined, body: undefined }];
    }
    // The stand-in answers in JSON; the examples of other media types are not served.
    const [contentType, media] = content.find(([type]) => isJsonMediaType(type)) ?? [];
    if (contentType === undefined || !isRecord(media)) return [];
    const schema = media["schema"];
    const schemaPointer = `${base}/content/${token(contentType)}/schema`;
    const schemaRef = isRecord(schema) && typeof schema["$ref"] === "string" ? schema["$ref"] : "";
    const schemaName = /^#\/components\/schemas\/([^/]+)$/.exec(schemaRef)?.[1];
    const named = entriesOf(media["examples"]);
    if (named.length === 0 && "example" in media)
      named.push(["example", { value: media["example"] }]);
    return named.map(([name, declared]) => {
      const at = `the example ${quote(name)} of ${where}`;
      const { name: componentName, target: example } = this.resolve(declared, "examples", at);
      const value = exampleValue(example, at);
      if (isRecord(schema)) this.#check(schemaPointer, value, at);
      const body =
        componentName === undefined
          ? { inline: value }
          : { component: this.#component(componentName, value, schemaName) };
      return { name, status, headers, contentType, body };
    });
  }

  #headerExample(header: Mapping, where: string): unknown {
    if ("example" in header) {
      requireJson(header["example"], where);
      return header["example"];
    }
    const [first] = entriesOf(header["examples"]);
    if (first === undefined) return NO_EXAMPLE;
    return exampleValue(this.resolve(first[1], "examples", where).target, where);
  }

  #component(name: string, value: unknown, schemaToken: string | undefined): ComponentExample {
    const component = this.#components.get(name) ?? { name, value };
    this.#components.set(name, component);
    if (schemaToken !== undefined) {
      const schema = untoken(schemaToken);
      const list = this.schemaExamples.get(schema) ?? [];
      if (!list.includes(component)) this.schemaExamples.set(schema, [...list, component]);
    }
    return component;
  }
}

/**
 * Reads every path template, operation and response example of `spec`, and checks each example
 * against its schema.
 * @throws {Error} one line: an example that does not match its schema, has no value or only an
 *   `externalValue`, or holds what JSON or HTTP cannot carry; a `$ref` that leaves
 *   `components`; an operation without an operationId.
 */
export function readStandInSpec(spec: Mapping): StandInSpec {
  const reader = new SpecReader(spec);
  const paths = entriesOf(spec["paths"]).flatMap(([template, item]): StandInPath[] => {
    if (!isRecord(item)) return [];
    const operations = HTTP_METHODS.filter((method) => isRecord(item[method])).map((method) => {
      const operation = item[method] as Mapping;
      const where = `${method.toUpperCase()} ${escapeControl(template)}`;
      const operationId = operation["operationId"];
      if (typeof operationId !== "string") {
        throw new Error(`${where} has no operationId; give it one`);
      }
      const pointer = `/paths/${token(template)}/${method}/responses`;
      const answers = entriesOf(operation["responses"]).flatMap(([status, response]) =>
        reader.answers(
          response,
          `${pointer}/${token(status)}`,
          status,
          `${where} ${escapeControl(status)}`,
        ),
      );
      return { method: method.toUpperCase(), operationId, answers };
    });
    return [{ template, operations }];
  });
  const components = spec["components"];
  const order = entriesOf(isRecord(components) ? components["examples"] : undefined).map(
    ([name]) => name,
  );
  const schemaExamples = new Map(
    [...reader.schemaExamples].map(([schema, list]) => [
      schema,
      [...list].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
    ]),
  );
  return { paths, schemaExamples };
}
