/**
 * Rewrites openapi-typescript's output so that every schema is a named top-level declaration.
 *
 * openapi-typescript declares schemas inside `components["schemas"]` and exports root types as
 * `export type ModelInstance = components["schemas"]["ModelInstance"]`. The checker then has no
 * declaration named `ModelInstance` to print, and editors show `{ name: string; … 6 more … }`.
 * After this transform, `ModelInstance` is `export interface ModelInstance { … }` (object
 * schemas) or `export type ModelType = "COMPLETION" | …` (the rest), `components["schemas"]`
 * maps each key to its name, and every reference to a schema is written as the name.
 */
import ts from "typescript";

/** What the transform found: one entry per schema, in the spec's order. */
interface Schema {
  /** The key under `components.schemas`, and the name of the declaration. */
  name: string;
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

function collectSchemas(schemas: ts.PropertySignature): Schema[] {
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

/** Throws when a schema key cannot be, or would clash with, a top-level declaration name. */
function checkNames(schemas: readonly Schema[], taken: ReadonlySet<string>): void {
  for (const { name } of schemas) {
    const isIdentifier =
      /^[A-Za-z_$][\w$]*$/.test(name) &&
      ts.identifierToKeywordKind(factory.createIdentifier(name)) === undefined;
    if (!isIdentifier) {
      throw new Error(
        `schema "${name}" cannot be a TypeScript type name; rename it in components.schemas (letters, digits, _ and $, not a keyword)`,
      );
    }
    if (taken.has(name)) {
      throw new Error(
        `schema "${name}" clashes with the generated type of the same name; rename it in components.schemas`,
      );
    }
  }
}

/** Replaces every `components["schemas"]["X"]` under `nodes` with `X`. */
function nameReferences<T extends ts.Node>(nodes: readonly T[]): T[] {
  const transformer: ts.TransformerFactory<T> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const name = schemaRefName(node);
      return name === undefined
        ? ts.visitEachChild(node, visit, context)
        : factory.createTypeReferenceNode(name);
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
        schema.name,
        undefined,
        undefined,
        schema.type.members,
      )
    : factory.createTypeAliasDeclaration(exported, schema.name, undefined, schema.type);
  return ts.setSyntheticLeadingComments(statement, schema.comments);
}

/** `components["schemas"]` as `{ ModelType: ModelType; … }`, each key as the spec spells it. */
function replaceSchemasMember(
  components: ts.InterfaceDeclaration,
  schemas: readonly Schema[],
): ts.InterfaceDeclaration {
  const members = components.members.map((member) => {
    if (!ts.isPropertySignature(member) || textOf(member.name) !== "schemas") return member;
    const literal = factory.createTypeLiteralNode(
      schemas.map(({ name }) =>
        factory.createPropertySignature(
          undefined,
          name,
          undefined,
          factory.createTypeReferenceNode(name),
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
 * @throws {Error} a schema key is not a usable TypeScript name.
 */
export function declareSchemasByName(nodes: readonly ts.Node[]): ts.Node[] {
  const found = findSchemas(nodes);
  if (found === undefined) return [...nodes];
  const schemas = collectSchemas(found.schemas);
  const schemaNames = new Set(schemas.map(({ name }) => name));
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
  checkNames(schemas, namesInUse(others));

  const original = nodes[found.index] as ts.InterfaceDeclaration;
  const components = replaceSchemasMember(original, schemas);
  const at = others.indexOf(original) + 1;
  const declarations = nameReferences(schemas.map(declare));
  const rest = nameReferences(others.map((node) => (node === original ? components : node)));
  return [...rest.slice(0, at), ...declarations, ...rest.slice(at)];
}
