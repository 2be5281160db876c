import { schemaExamples } from "../../generated/stand-in.js";
import type { ModelInstance } from "../types.js";

/**
 * Seeded model instances: openapi.yaml's `ModelInstance` examples, in the order
 * `components.examples` lists them; the first is the demo instance. Generation checked each
 * against the ModelInstance schema, so an edit of the spec (a renamed enum value, a new field)
 * reaches the seed with `npm run generate`, and no edit here.
 */
export const SEED_INSTANCES: readonly ModelInstance[] = (schemaExamples["ModelInstance"] ?? []).map(
  ({ value }) => value as ModelInstance,
);

const [demo] = SEED_INSTANCES;

/** The account that owns the seeded data and, by default, anything added later. */
export const SEED_ACCOUNT_ID = demo?.account_id ?? "acct_stand_in";
/** The user who created the seeded data and, by default, anything added later. */
export const SEED_USER_ID = demo?.created_by_user_id ?? "user_stand_in";

/**
 * Seeded model groups; the first is the demo group, whose id is openapi.yaml's example of
 * `model_group_id`. Groups have no schema in openapi.yaml: these are the stand-in's own.
 */
export const SEED_GROUPS = [
  { id: "mg_01hq2r6m3x8v9c4b7n5k2j1h0g", name: "support-assistant" },
  { id: "mg_01hq2rb4k7d2s9f6g3h8j5l1z0", name: "retrieval-pipeline" },
  { id: "mg_01hq2rd9p4q1w6e3r8t5y2u7i0", name: "evaluation-baselines" },
] as const;
