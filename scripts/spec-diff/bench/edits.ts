/**
 * Ten edits of a large spec for the bench, the kinds a pull request makes: fields removed and
 * added, an enum value added, a type changed, a field made nullable, a description reworded, an
 * operation added and one removed, a required parameter added, a limit tightened. Each finds its
 * target by walking the document in order, so the same spec always gets the same edits.
 */
import { isRecord } from "../../shared/guards.js";
import { HTTP_METHODS } from "../../shared/openapi.js";

type Mapping = Record<string, unknown>;

function schemas(document: Mapping): Array<[string, Mapping]> {
  const components = isRecord(document["components"]) ? document["components"] : {};
  const all = isRecord(components["schemas"]) ? components["schemas"] : {};
  return Object.entries(all).filter((entry): entry is [string, Mapping] => isRecord(entry[1]));
}

function propertiesOf(schema: Mapping): Array<[string, Mapping]> {
  const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
  return Object.entries(properties).filter((entry): entry is [string, Mapping] =>
    isRecord(entry[1]),
  );
}

function operations(document: Mapping): Array<[string, string, Mapping]> {
  const paths = isRecord(document["paths"]) ? document["paths"] : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    isRecord(item)
      ? HTTP_METHODS.filter((method) => isRecord(item[method])).map(
          (method): [string, string, Mapping] => [path, method, item[method] as Mapping],
        )
      : [],
  );
}

/** The `n`th property (over all schemas, in order) that `isTarget` accepts, with its schema. */
function nthProperty(
  document: Mapping,
  n: number,
  isTarget: (property: Mapping, name: string, schema: Mapping) => boolean,
): { schema: Mapping; name: string; property: Mapping } | undefined {
  let seen = 0;
  for (const [, schema] of schemas(document)) {
    for (const [name, property] of propertiesOf(schema)) {
      if (isTarget(property, name, schema) && seen++ === n) return { schema, name, property };
    }
  }
  return undefined;
}

/** Applies the ten edits to `document` in place; returns what each did, one line each. */
export function applyTenEdits(document: Mapping): string[] {
  const done: string[] = [];
  const removed = nthProperty(
    document,
    3,
    (_p, name, schema) => Array.isArray(schema["required"]) && schema["required"].includes(name),
  );
  if (removed) {
    const { schema, name } = removed;
    delete (schema["properties"] as Mapping)[name];
    schema["required"] = (schema["required"] as string[]).filter((other) => other !== name);
    done.push(`required field ${name} removed`);
  }
  const [, first] = schemas(document)[5] ?? [];
  if (first) {
    first["properties"] = { ...(first["properties"] as Mapping), bench_note: { type: "string" } };
    done.push("optional field bench_note added");
  }
  const enumerated = nthProperty(document, 2, (p) => Array.isArray(p["enum"]));
  if (enumerated) {
    (enumerated.property["enum"] as unknown[]).push("BENCH_VALUE");
    done.push(`enum value added to ${enumerated.name}`);
  }
  const integer = nthProperty(document, 4, (p) => p["type"] === "integer");
  if (integer) {
    integer.property["type"] = "string";
    done.push(`type of ${integer.name} changed to string`);
  }
  const text = nthProperty(document, 7, (p) => p["type"] === "string" && p["nullable"] !== true);
  if (text) {
    // OpenAPI 3.0 says `nullable: true`; 3.1 puts "null" in the type.
    if (String(document["openapi"]).startsWith("3.0")) text.property["nullable"] = true;
    else text.property["type"] = ["string", "null"];
    done.push(`${text.name} made nullable`);
  }
  const described = nthProperty(document, 9, (p) => typeof p["description"] === "string");
  if (described) {
    described.property["description"] = `${String(described.property["description"])} (reworded)`;
    done.push(`description of ${described.name} changed`);
  }
  const paths = document["paths"] as Mapping;
  const all = operations(document);
  paths["/bench/added/{id}"] = {
    get: {
      operationId: "benchAdded",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "No content." } },
    },
  };
  done.push("operation added");
  const [path, method] = all[Math.floor(all.length / 2)] ?? [];
  if (path !== undefined && method !== undefined) {
    delete (paths[path] as Mapping)[method];
    done.push(`operation ${method.toUpperCase()} ${path} removed`);
  }
  const [, , operation] = all[1] ?? [];
  if (operation) {
    const parameters = Array.isArray(operation["parameters"]) ? operation["parameters"] : [];
    operation["parameters"] = [
      ...parameters,
      { name: "bench_filter", in: "query", required: true, schema: { type: "string" } },
    ];
    done.push("required query parameter added");
  }
  const limited = nthProperty(document, 11, (p) => p["type"] === "string" && !("enum" in p));
  if (limited) {
    limited.property["maxLength"] = 16;
    done.push(`maxLength added to ${limited.name}`);
  }
  return done;
}

/** A copy of `document` with one schema `type` misspelled: a document spec:diff must refuse. */
export function withTypo(document: Mapping): Mapping {
  const copy = structuredClone(document);
  const last = schemas(copy).at(-1);
  if (last) last[1]["type"] = "objekt";
  return copy;
}
