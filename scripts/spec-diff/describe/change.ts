/**
 * Places each api-smart-diff change in the API (which operation, which part of it) and phrases
 * it in the caller's terms: "response field `account_id` removed", "new required header `x-foo`".
 */
import { isObject } from "../../shared/guards.js";
import { HTTP_METHODS } from "../../shared/openapi.js";
import { describeOperationPart } from "./operation.js";
import { describeOutsideOperations } from "./outside.js";
import { pastTense, phraseWholeOperation } from "../phrase.js";
import { resolveAt, toJsonPointer } from "../pointer.js";
import {
  site,
  type Area,
  type DescribeContext,
  type DescribedChange,
  type SpecDiff,
} from "../site.js";
import { codeSpan } from "../render/escape.js";

/** Places and phrases one diff; a change to a whole path item yields one entry per operation. */
export function describeDiff(diff: SpecDiff, context: DescribeContext): DescribedChange[] {
  const where = toJsonPointer(diff.path);
  const [root, pathKey, method, ...rest] = diff.path;
  if (root !== "paths") return [{ diff, where, ...describeOutsideOperations(diff, context) }];
  if (pathKey === undefined && diff.action === "rename") {
    // A path key renamed: the same URL with differently named parameters.
    const path = String(diff.before);
    return perOperation(diff, resolveAt(context.before, ["paths", path]), path, {
      where: toJsonPointer(["paths", path]),
      message: `path template renamed to ${codeSpan(diff.after)}`,
      area: "path-template",
    });
  }
  if (pathKey === undefined) return [{ diff, where, ...describeOutsideOperations(diff, context) }];
  const path = String(pathKey);
  if (method === undefined) {
    return perOperation(diff, diff.action === "add" ? diff.after : diff.before, path, {
      where,
      message: "",
      area: "operation",
    });
  }
  if (!HTTP_METHODS.includes(String(method))) {
    // Path-level summary, description or servers: shared by every operation on the path.
    return [{ diff, where, ...describeOperationPart(diff, context, path, [method, ...rest]) }];
  }
  const operation = `${String(method).toUpperCase()} ${path}`;
  return [{ diff, where, ...describeOperationPart(diff, context, operation, rest) }];
}

/**
 * One entry per operation of `pathItem`, so that each operation's table shows a change to the
 * whole path; a path item without operations gets one entry under the path itself.
 */
function perOperation(
  diff: SpecDiff,
  pathItem: unknown,
  path: string,
  entry: { where: string; message: string; area: Area },
): DescribedChange[] {
  const methods = isObject(pathItem)
    ? Object.keys(pathItem).filter((key) => HTTP_METHODS.includes(key))
    : [];
  const operations =
    methods.length > 0 ? methods.map((name) => `${name.toUpperCase()} ${path}`) : [path];
  const { where, message, area } = entry;
  return operations.map((operation) => ({
    diff,
    where,
    message: message || phraseWholeOperation(diff, operation),
    site: site(operation, area, []),
  }));
}
