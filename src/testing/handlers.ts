import type { HTTPValidationError, operations } from "../types.js";
import { detailAnswer, jsonAnswer, type Answer } from "./respond.js";
import type { ModelStore } from "./store.js";
import type { PathParams } from "./types.js";

type OperationId = keyof operations;
/** The path parameters of an operation, as generated from openapi.yaml. */
type ParamsOf<Id extends OperationId> = operations[Id]["parameters"] extends { path: infer P }
  ? P
  : PathParams;

/** What a handler needs to know about a request that passed routing and auth. */
export interface HandlerRequest<Params = PathParams> {
  /** The decoded path parameters, by the names in the path template. */
  params: Params;
  /** The `x-selected-account-id` header, when sent. */
  accountId: string | undefined;
}

/**
 * Answers one operation from the store: the stand-in's stateful behaviour. Its parameters are
 * typed from openapi.yaml, so that renaming one there fails to compile where a handler reads it.
 */
export type Handler<Id extends OperationId = OperationId> = (
  request: HandlerRequest<ParamsOf<Id>>,
  store: ModelStore,
) => Answer;

/**
 * FastAPI's 422 for an empty `x-selected-account-id`, which openapi.yaml declares with
 * `minLength: 1`, in pydantic v2's item shape (as openapi.yaml's 422 example shows it).
 */
function headerFailure(accountId: string | undefined): Answer | undefined {
  if (accountId !== "") return undefined;
  const body: HTTPValidationError = {
    detail: [
      {
        type: "string_too_short",
        loc: ["header", "x-selected-account-id"],
        msg: "String should have at least 1 character",
        input: accountId,
        ctx: { min_length: 1 },
      },
    ],
  };
  return jsonAnswer(422, body);
}

/** Adds a model instance to a model group: 404 for an unknown one, else the instance. */
const addModelInstanceToModelGroup: Handler<"addModelInstanceToModelGroup"> = (
  { params, accountId },
  store,
) => {
  const failure = headerFailure(accountId);
  if (failure) return failure;
  const { model_group_id: groupId, model_instance_id: instanceId } = params;
  const result = store.addToGroup(groupId, instanceId);
  if (result === "group-not-found") return detailAnswer(404, `Model group ${groupId} not found`);
  if (result === "instance-not-found") {
    return detailAnswer(404, `Model instance ${instanceId} not found`);
  }
  return jsonAnswer(200, result);
};

/**
 * The hand-written handlers, by operationId; every other operation answers from its examples.
 * Keyed by the generated `operations`, so that an operationId renamed in openapi.yaml fails to
 * compile here rather than falling back to examples unnoticed.
 */
const HANDLERS: { readonly [Id in OperationId]?: Handler<Id> } = {
  addModelInstanceToModelGroup,
};

/**
 * The hand-written handler of `operationId`, if there is one. The router matched the request to
 * that operation's path template, so the parameters are the ones its type names.
 */
export function handlerFor(
  operationId: string,
): ((request: HandlerRequest, store: ModelStore) => Answer) | undefined {
  const handler = Object.hasOwn(HANDLERS, operationId)
    ? HANDLERS[operationId as OperationId]
    : undefined;
  return handler as ((request: HandlerRequest, store: ModelStore) => Answer) | undefined;
}

/** The operationIds that have a hand-written handler. */
export const HANDLED_OPERATIONS: readonly string[] = Object.keys(HANDLERS);
