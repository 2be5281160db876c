import { describe, expect, it } from "vitest";
import {
  assignTypeNames,
  isTypeName,
  toTypeName,
  TypeNameError,
} from "../../scripts/shared/type-names.js";

describe("toTypeName", () => {
  it.each(["ModelInstance", "HTTPValidationError", "modelDetails", "$x", "_2fa", "Modèle"])(
    "keeps %s, already a usable type name",
    (name) => {
      expect(toTypeName(name)).toBe(name);
    },
  );

  it.each([
    ["ModelInstance-Input", "ModelInstanceInput"],
    ["ModelInstance-Output", "ModelInstanceOutput"],
    ["network-policies", "NetworkPolicies"],
    ["simple.user", "SimpleUser"],
    ["model instance", "ModelInstance"],
    ["repos/get-content", "ReposGetContent"],
    ["HTTP-error", "HTTPError"],
    ["a_b-c", "A_bC"],
    ["modèle-de-base", "ModèleDeBase"],
  ])("capitalizes the pieces of %s: %s", (name, typeName) => {
    expect(toTypeName(name)).toBe(typeName);
    expect(isTypeName(typeName)).toBe(true);
  });

  it.each([
    ["2fa", "_2fa"],
    ["2fa-codes", "_2faCodes"],
    ["404", "_404"],
  ])("puts _ before %s, which starts with a digit: %s", (name, typeName) => {
    expect(toTypeName(name)).toBe(typeName);
  });

  it.each([
    ["string", "String"],
    ["default", "Default"],
    ["type", "Type"],
  ])("capitalizes the keyword %s: %s", (name, typeName) => {
    expect(isTypeName(name)).toBe(false);
    expect(toTypeName(name)).toBe(typeName);
  });

  it("refuses a name with no letter or digit, quoting it with its control characters escaped", () => {
    expect(() => toTypeName("--")).toThrow(TypeNameError);
    expect(() => toTypeName("\u001b]--")).toThrow(
      /^"\\u001b\]--" has no letter or digit to make a TypeScript type name from; rename it$/,
    );
  });
});

describe("assignTypeNames", () => {
  it("maps each name by itself, whatever other names are present", () => {
    const alone = assignTypeNames(["ModelInstance-Input"]);
    const withOthers = assignTypeNames(["a-b", "ModelInstance-Input", "ModelInstance-Output"]);
    expect(alone.get("ModelInstance-Input")).toBe("ModelInstanceInput");
    expect(withOthers.get("ModelInstance-Input")).toBe("ModelInstanceInput");
    expect([...withOthers.values()]).toEqual(["AB", "ModelInstanceInput", "ModelInstanceOutput"]);
  });

  it("refuses two schema names that map to one type name, in one line naming both", () => {
    const assign = () => assignTypeNames(["ModelInstance-Input", "ModelInstanceInput"]);
    expect(assign).toThrow(TypeNameError);
    expect(assign).toThrow(
      /^schemas "ModelInstance-Input" and "ModelInstanceInput" would both be the TypeScript type ModelInstanceInput; rename one of them in components\.schemas$/,
    );
  });

  it("refuses a name that maps to one the generated file declares or uses itself", () => {
    expect(() => assignTypeNames(["model-instance"], new Set(["ModelInstance"]))).toThrow(
      /^schema "model-instance" would be the TypeScript type ModelInstance, which the generated file already declares or uses; rename it in components\.schemas$/,
    );
    expect(() => assignTypeNames(["paths"], new Set(["paths"]))).toThrow(/schema "paths"/);
  });

  it("refuses a name with no letter or digit, saying where to rename it", () => {
    expect(() => assignTypeNames(["***"])).toThrow(
      /^schema "\*\*\*" has no letter or digit .* in components\.schemas$/,
    );
  });
});
