/**
 * Rewrites openapi-typescript's `operations` so that each operation is a named top-level
 * interface, as named-schemas.ts does for schemas: `operations["addModelInstanceToModelGroup"]`
 * becomes `AddModelInstanceToModelGroupOperation`. Editors and compiler errors then print a typed
 * call (`client.POST(…)`) with the operation's name, not 60 lines of its parameters and responses.
 *
 * The name is the operationId through scripts/shared/type-names.ts, with `Operation` after it, so
 * that an operation cannot take a schema's name; a name the file already uses is refused, in one
 * line, as a schema's is.
 */
import ts from "typescript";
import { quoteName, toTypeName, TypeNameError } from "../shared/type-names.js";

const { factory } = ts;

function textOf(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Every name the file declares or refers to: what an operation's name must not be. */
function namesInUse(nodes: readonly ts.Node[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      names.add(node.typeName.text);
    }
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const node of nodes) visit(node);
  return names;
}

/** Each operationId's type name, refusing two that share one, or one already in use. */
function nameOperations(ids: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of ids) {
    const name = toTypeName(`${id}-operation`);
    const owner = owners.get(name);
    const clash =
      owner !== undefined
        ? `operations ${quoteName(owner)} and ${quoteName(id)} would both be the TypeScript type ${name}`
        : taken.has(name) &&
          `operation ${quoteName(id)} would be the TypeScript type ${name}, a name the file has already`;
    if (clash) throw new TypeNameError(`${clash}; rename one of them in openapi.yaml`);
    owners.set(name, id);
    names.set(id, name);
  }
  return names;
}

/**
 * Returns the file's top-level nodes with each operation of `export interface operations`
 * declared by name right after it, and `operations` mapping each operationId to that name.
 * @throws {TypeNameError} two operationIds map to one name, or one maps to a name in use.
 */
export function declareOperationsByName(nodes: readonly ts.Node[]): ts.Node[] {
  const index = nodes.findIndex(
    (node) => ts.isInterfaceDeclaration(node) && node.name.text === "operations",
  );
  const operations = nodes[index] as ts.InterfaceDeclaration | undefined;
  if (operations === undefined) return [...nodes];
  const members = operations.members.filter(
    (member): member is ts.PropertySignature & { type: ts.TypeLiteralNode } =>
      ts.isPropertySignature(member) &&
      textOf(member.name) !== undefined &&
      member.type !== undefined &&
      ts.isTypeLiteralNode(member.type),
  );
  const ids = members.map((member) => textOf(member.name) as string);
  const names = nameOperations(ids, namesInUse(nodes));
  const nameOf = (id: string): string => names.get(id) as string;
  const exported = [factory.createModifier(ts.SyntaxKind.ExportKeyword)];
  const declarations = members.map((member) => {
    const id = textOf(member.name) as string;
    const declaration = factory.createInterfaceDeclaration(
      exported,
      nameOf(id),
      undefined,
      undefined,
      member.type.members,
    );
    const comments = ts.getSyntheticLeadingComments(member) ?? [];
    return ts.setSyntheticLeadingComments(declaration, [
      ...comments,
      {
        kind: ts.SyntaxKind.MultiLineCommentTrivia,
        text: `* The operation \`${id.replaceAll("*/", "*\\/")}\` of openapi.yaml. `,
        hasTrailingNewLine: true,
        pos: -1,
        end: -1,
      },
    ]);
  });
  const renamed = factory.updateInterfaceDeclaration(
    operations,
    operations.modifiers,
    operations.name,
    operations.typeParameters,
    operations.heritageClauses,
    operations.members.map((member) => {
      const id = ts.isPropertySignature(member) ? textOf(member.name) : undefined;
      if (id === undefined || !ids.includes(id)) return member;
      const signature = member as ts.PropertySignature;
      return factory.updatePropertySignature(
        signature,
        signature.modifiers,
        signature.name,
        signature.questionToken,
        factory.createTypeReferenceNode(nameOf(id)),
      );
    }),
  );
  return [...nodes.slice(0, index), renamed, ...declarations, ...nodes.slice(index + 1)];
}
