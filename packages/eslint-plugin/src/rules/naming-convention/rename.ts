// The fix behind naming-convention's suggestion: rename a declaration and its uses in this
// file. It is a suggestion, never an autofix: other files that import the name are not changed.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

// Identifiers that name the same variable in this file, the declaring one included.
function identifiersOf(sourceCode: SourceCode, id: TSESTree.Identifier, declaration: TSESTree.Node): TSESTree.Identifier[] {
  const variable = sourceCode.getDeclaredVariables(declaration).find((each) => each.identifiers.includes(id));
  if (!variable) return [id];
  const uses = variable.references.map((reference) => reference.identifier).filter((each) => each.type === 'Identifier');
  return [...new Set([...variable.identifiers, ...uses])];
}

// { userId } and export { userId } keep their outward name: { userId: user_id }
function renameOne(fixer: TSESLint.RuleFixer, id: TSESTree.Identifier, next: string): TSESLint.RuleFix {
  const parent = id.parent;
  if (parent?.type === 'Property' && parent.shorthand && parent.value === id && parent.parent.type === 'ObjectExpression') {
    return fixer.replaceText(id, `${id.name}: ${next}`);
  }
  if (parent?.type === 'ExportSpecifier' && parent.local === id && parent.exported.range[0] === id.range[0]) return fixer.replaceText(id, `${next} as ${id.name}`);
  return fixer.replaceText(id, next);
}

/** A fix that renames a declared name, and every use of the variable it declares, to `next`. */
export function renameFix(sourceCode: SourceCode, id: TSESTree.Identifier | TSESTree.PrivateIdentifier, declaration: TSESTree.Node, next: string) {
  return (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
    if (id.type === 'PrivateIdentifier') return [fixer.replaceText(id, `#${next}`)];
    return identifiersOf(sourceCode, id, declaration).map((each) => renameOne(fixer, each, next));
  };
}
