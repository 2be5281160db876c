/**
 * Rewrites openapi-typescript's output so that every schema is a named top-level declaration.
 *
 * openapi-typescript declares schemas inside `components["schemas"]` and exports root types as
 * `export type ModelInstance = components["schemas"]["ModelInstance"]`. The checker then has no
 * declaration named `ModelInstance` to print, and editors show `{ name: string; … 6 more … }`.
 * After this transform, `ModelInstance` is `export interface ModelInstance { … }` (object
 * schemas) or `export type ModelType = "COMPLETION" | …` (the rest), `components["schemas"]`
 * maps each key to its name, and every reference to a schema is written as the name.
 *
 * A key that is not a usable type name (`ModelInstance-Input`) is declared under the name
 * scripts/shared/type-names.ts maps it to (`ModelInstanceInput`), with the key in its JSDoc;
 * `components["schemas"]["ModelInstance-Input"]` still resolves, as openapi-fetch indexes by it.
 */
import ts from "typescript";
import { assignTypeNames, isIdentifier } from "../shared/type-names.js";
import { withOriginalName } from "./original-name.js";

/** What the transform found: one entry per schema, in the spec's order. */
interface Schema {
  /** The key under `components.schemas`. */
  name: string;
  /** The name of the declaration: `name`, or what type-names.ts maps it to. */
  typeName: string;
  type: ts.TypeNode;
  comments: ts.SynthesizedComment[] | undefined;
}

const { factory } = ts;

function textOf(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
    ? node.literal.text
    : undefined;
}

/** The schema key of `components["schemas"]["X"]`, else undefined. */
function schemaRefName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner) || literalText(inner.indexType) !== "schemas") {
    return undefined;
  }
  const root = inner.objectType;
  const isComponents =
    ts.isTypeReferenceNode(root) &&
    ts.isIdentifier(root.typeName) &&
    root.typeName.text === "components";
  return isComponents ? literalText(node.indexType) : undefined;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node)
    ? (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    : false;
}

function declarationName(node: ts.Node): string | undefined {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)
    ? node.name.text
    : undefined;
}

/** The `schemas` member of `export interface components`, and that interface's index. */
function findSchemas(
  nodes: readonly ts.Node[],
): { index: number; schemas: ts.PropertySignature } | undefined {
  const index = nodes.findIndex(
    (node) => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const components = nodes[index] as ts.InterfaceDeclaration | undefined;
  const schemas = components?.members.find(
    (member): member is ts.PropertySignature =>
      ts.isPropertySignature(member) && textOf(member.name) === "schemas",
  );
  return schemas?.type && ts.isTypeLiteralNode(schemas.type) ? { index, schemas } : undefined;
}

function collectSchemas(schemas: ts.PropertySignature): Omit<Schema, "typeName">[] {
  const literal = schemas.type as ts.TypeLiteralNode;
  return literal.members.flatMap((member) => {
    const name = ts.isPropertySignature(member) ? textOf(member.name) : undefined;
    if (name === undefined || !ts.isPropertySignature(member) || member.type === undefined) {
      return [];
    }
    return [{ name, type: member.type, comments: ts.getSyntheticLeadingComments(member) }];
  });
}

/** Names a reference in the file resolves: top-level declarations and global types it uses. */
function namesInUse(nodes: readonly ts.Node[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      names.add(node.typeName.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const node of nodes) {
    const name = declarationName(node);
    if (name !== undefined) names.add(name);
    visit(node);
  }
  return names;
}

/** Replaces every `components["schemas"]["X"]` under `nodes` with X's type name. */
function nameReferences<T extends ts.Node>(
  nodes: readonly T[],
  typeNames: ReadonlyMap<string, string>,
): T[] {
  const transformer: ts.TransformerFactory<T> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const name = schemaRefName(node);
      const typeName = name === undefined ? undefined : typeNames.get(name);
      return typeName === undefined
        ? ts.visitEachChild(node, visit, context)
        : factory.createTypeReferenceNode(typeName);
    };
    return (root) => ts.visitEachChild(root, visit, context);
  };
  const result = ts.transform([...nodes], [transformer]);
  const transformed = [...result.transformed];
  result.dispose();
  return transformed;
}

function declare(schema: Schema): ts.Statement {
  const exported = [factory.createModifier(ts.SyntaxKind.ExportKeyword)];
  const statement = ts.isTypeLiteralNode(schema.type)
    ? factory.createInterfaceDeclaration(
        exported,
        schema.typeName,
        undefined,
        undefined,
        schema.type.members,
      )
    : factory.createTypeAliasDeclaration(exported, schema.typeName, undefined, schema.type);
  const comments =
    schema.typeName === schema.name
      ? schema.comments
      : withOriginalName(schema.comments, schema.name);
  return ts.setSyntheticLeadingComments(statement, comments);
}

/** `components["schemas"]` as `{ ModelType: ModelType; … }`, each key as the spec spells it. */
function replaceSchemasMember(
  components: ts.InterfaceDeclaration,
  schemas: readonly Schema[],
): ts.InterfaceDeclaration {
  const members = components.members.map((member) => {
    if (!ts.isPropertySignature(member) || textOf(member.name) !== "schemas") return member;
    const literal = factory.createTypeLiteralNode(
      schemas.map(({ name, typeName }) =>
        factory.createPropertySignature(
          undefined,
          // A key that is not an identifier is quoted: `"ModelInstance-Input": ModelInstanceInput`.
          isIdentifier(name) ? name : factory.createStringLiteral(name),
          undefined,
          factory.createTypeReferenceNode(typeName),
        ),
      ),
    );
    return factory.updatePropertySignature(
      member,
      member.modifiers,
      member.name,
      member.questionToken,
      literal,
    );
  });
  return factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    members,
  );
}

/**
 * Returns openapi-typescript's top-level nodes with each schema declared by name, placed where
 * openapi-typescript put its root type aliases (after `components`), in the spec's order.
 * @throws {TypeNameError} two schema keys map to one type name, or one maps to a name the file
 *   declares or uses itself (`paths`, `Record`).
 */
export function declareSchemasByName(nodes: readonly ts.Node[]): ts.Node[] {
  const found = findSchemas(nodes);
  if (found === undefined) return [...nodes];
  const collected = collectSchemas(found.schemas);
  const schemaNames = new Set(collected.map(({ name }) => name));
  // openapi-typescript's root types, `export type X = components['schemas']['X']` (it writes
  // the reference as one identifier), are what the declarations replace.
  const isSchemaAlias = (node: ts.Node): boolean =>
    ts.isTypeAliasDeclaration(node) &&
    isExported(node) &&
    schemaNames.has(node.name.text) &&
    ts.isTypeReferenceNode(node.type) &&
    ts.isIdentifier(node.type.typeName) &&
    node.type.typeName.text.startsWith("components['schemas']");
  const others = nodes.filter((node) => !isSchemaAlias(node));
  const typeNames = assignTypeNames(schemaNames, namesInUse(others));
  const schemas = collected.map((schema) => ({
    ...schema,
    typeName: typeNames.get(schema.name) as string,
  }));

  const original = nodes[found.index] as ts.InterfaceDeclaration;
  const components = replaceSchemasMember(original, schemas);
  const at = others.indexOf(original) + 1;
  const declarations = nameReferences(schemas.map(declare), typeNames);
  const rest = nameReferences(
    others.map((node) => (node === original ? components : node)),
    typeNames,
  );
  return [...rest.slice(0, at), ...declarations, ...rest.slice(at)];
}
