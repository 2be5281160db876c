/** How a mismatch names what came and what openapi.yaml expects, in a few words. */

const MAX_STRING = 60;

/** A value as a message quotes it: strings and scalars as JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value);
  }
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  return value === undefined ? "nothing" : String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

/** `["string", "null"]` → `a string or null`. */
export function describeTypes(types: unknown): string {
  const list = (Array.isArray(types) ? types : [types]).map(String);
  return list.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
}

const FORMAT_WORDS: Record<string, string> = {
  "date-time": "an RFC 3339 date-time with a time zone (2024-09-12T14:03:27Z)",
};

/** `date-time` → what a value of that format looks like. */
export function describeFormat(format: unknown): string {
  return FORMAT_WORDS[String(format)] ?? `a valid ${String(format)}`;
}

/** JSON pointer `/base_model_metadata/modelDetails` → `base_model_metadata.modelDetails`. */
export function labelOf(pointer: string): string {
  if (pointer === "") return "the body";
  return pointer
    .split("/")
    .slice(1)
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((key, index) =>
      /^\d+$/.test(key)
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${index === 0 ? "" : "."}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join("");
}

/** A property name as a JSON pointer token (RFC 6901 §3). */
export function pointerToken(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
