// Method names a Python class inherits rather than chooses: a method marked `@override`, one that
// overrides a method of a base class of the same file (reported once, at the base), and the
// methods of a class built on a toolkit whose own API is mixedCase (Qt's `rowCount`, wx's
// `OnPaint`): PEP 8 keeps mixedCase "where that's already the prevailing style".
import type { SyntaxNode } from '../../check.js';
import { importedPath, pythonImports, type PythonImports } from '../../util/python-imports.js';

// PyQt5.QtWidgets, PySide6.QtCore, qtpy, wx, gi.repository.Gtk, twisted, vtk: mixedCase APIs
const MIXED_CASE_TOOLKITS = /^(PyQt\d|PySide\d|qtpy|wx|gi\.repository|twisted|vtk)(\.|$)/;
const OVERRIDE = /^@\s*((typing|typing_extensions)\.)?override\s*$/;

/** The class a function is a method of, through a decorator. */
export function classOf(fn: SyntaxNode): SyntaxNode | undefined {
  const statement = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const owner = statement.parent?.parent;
  return statement.parent?.type === 'block' && owner?.type === 'class_definition' ? owner : undefined;
}

/** Whether a function is marked `@override` (typing, PEP 698). */
export function isMarkedOverride(fn: SyntaxNode): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  return decorated?.namedChildren.some((child) => child.type === 'decorator' && OVERRIDE.test(child.text)) ?? false;
}

const bases = (classNode: SyntaxNode): SyntaxNode[] => (classNode.childForFieldName('superclasses')?.namedChildren ?? [])
  .filter((base) => base.type === 'identifier' || base.type === 'attribute');

function methodNames(classNode: SyntaxNode): string[] {
  return (classNode.childForFieldName('body')?.namedChildren ?? []).map((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    return definition?.type === 'function_definition' ? definition.childForFieldName('name')?.text ?? '' : '';
  });
}

const localClass = (root: SyntaxNode, name: string): SyntaxNode | undefined => root.namedChildren
  .find((each) => each.type === 'class_definition' && each.childForFieldName('name')?.text === name);

/** Whether a base class of the same file (followed a few levels up) defines a method of that name. */
export function overridesLocalBase(classNode: SyntaxNode, name: string, depth = 0): boolean {
  return depth < 4 && bases(classNode).some((base) => {
    const parent = localClass(classNode.tree.rootNode, base.text);
    return parent !== undefined && (methodNames(parent).includes(name) || overridesLocalBase(parent, name, depth + 1));
  });
}

// the imports of each file, read once
const importsOf = new WeakMap<object, PythonImports>();

/** Whether a class derives, directly or through a class of the same file, from a class of a mixedCase toolkit. */
export function extendsMixedCaseToolkit(classNode: SyntaxNode, depth = 0): boolean {
  const root = classNode.tree.rootNode;
  const imports = importsOf.get(classNode.tree) ?? pythonImports(root.descendantsOfType(['import_statement', 'import_from_statement']));
  importsOf.set(classNode.tree, imports);
  return depth < 4 && bases(classNode).some((base) => {
    if (MIXED_CASE_TOOLKITS.test(importedPath(base, imports) ?? '')) return true;
    const parent = localClass(root, base.text);
    return parent !== undefined && extendsMixedCaseToolkit(parent, depth + 1);
  });
}

/** Whether a method's signature is another's: marked `@override`, or overriding a method of a base class of the file. */
export function overridesSignature(fn: SyntaxNode): boolean {
  const owner = classOf(fn);
  return isMarkedOverride(fn) || (owner !== undefined && overridesLocalBase(owner, fn.childForFieldName('name')?.text ?? ''));
}

/** Whether a method's name is imposed from outside the class: an override, or a method of a mixedCase toolkit's class. */
export function isInheritedName(fn: SyntaxNode): boolean {
  const owner = classOf(fn);
  return overridesSignature(fn) || (owner !== undefined && extendsMixedCaseToolkit(owner));
}
