/**
 * Type-level checks that name what is wrong: each yields the offending keys, `never` when there
 * are none, so that `expectTypeOf<Check<T>>().toEqualTypeOf<never>()` fails with
 * `Expected: never, Actual: "last_deployed_at"` rather than a diff of two unions.
 */

/** True when `A` and `B` are the same type (the compiler's own identity check). */
export type Equal<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** The keys of `T` that are required. */
export type RequiredKeys<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? never : K;
}[keyof T];

/** The keys of `T` that are optional. */
export type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;

/** The optional keys of `T` whose type does not admit `null`. */
export type OptionalNotNullable<T> = {
  [K in OptionalKeys<T>]-?: null extends T[K] ? never : K;
}[OptionalKeys<T>];

/** The required keys of `T` whose type admits `null` or `undefined`. */
export type RequiredButNullable<T> = {
  [K in RequiredKeys<T>]-?: null extends T[K] ? K : undefined extends T[K] ? K : never;
}[RequiredKeys<T>];

/**
 * The optional keys of `T` that accept an explicit `undefined`: under
 * `exactOptionalPropertyTypes`, an optional field is absent or set, never `undefined`.
 */
export type ExplicitlyUndefined<T> = {
  [K in OptionalKeys<T>]-?: undefined extends Required<T>[K] ? K : never;
}[OptionalKeys<T>];

/**
 * The keys of `Expected` that `T` lacks, or types differently (optional keys compared without
 * their `?`). Keys `T` has beyond `Expected` are not checked: a new optional field changes no
 * expectation.
 */
export type FieldsThatDiffer<T, Expected> = {
  [K in keyof Expected]-?: K extends keyof T
    ? Equal<Required<T>[K], Expected[K]> extends true
      ? never
      : K
    : K;
}[keyof Expected];

/**
 * `Check`'s offending keys in each model of `Models`, as `"Model.field"`: which schema and which
 * field. `Check` is given as the map of its results, e.g.
 * `InModels<{ [M in keyof Models]: OptionalNotNullable<Models[M]> }>`.
 */
export type InModels<Results> = {
  [M in keyof Results]: M extends string
    ? Results[M] extends infer K
      ? K extends string
        ? `${M}.${K}`
        : never
      : never
    : never;
}[keyof Results];

/**
 * Compiles only when `Offending` is `never`; a failure names what offends:
 * `Type '"ModelInstance.last_deployed_at"' does not satisfy the constraint 'never'`.
 * (expect-type's `toEqualTypeOf<never>()` says only "Expected 1 arguments, but got 0".)
 */
export function expectNone<Offending extends never>(): void {}
