import { describe, expect, it } from 'vitest';
import { checkFile } from '../../engine.js';
import { compilePatterns, matchesPattern } from './names.js';
import { fileModels } from './python-models.js';

// The 1-based lines reported in a snippet, with the given options on top of the defaults.
function lines(language: 'python' | 'go', text: string, options: Record<string, unknown> = {}): number[] {
  const defaults = { extraQueryCalls: [], batchFunctions: [], maxLiteralIterations: 5, followHelpers: true, guessRelations: true, repositoryCalls: false, xormCalls: false };
  const rules = [{ id: 'no-query-in-loop', severity: 'warning' as const, options: { ...defaults, ...options } }];
  const result = checkFile({ path: '/r/f', relativePath: 'f', text, language }, rules);
  expect(result.notices).toEqual([]);
  return result.findings.map((finding) => finding.location.startLine);
}

describe('name patterns', () => {
  it('match a name, or the last receiver and the name, with * inside a part', () => {
    const patterns = compilePatterns(['fetch_account', '*Repo.find*']);
    expect(matchesPattern(patterns, [], 'fetch_account')).toBe(true);
    expect(matchesPattern(patterns, ['self', 'userRepo'], 'findById')).toBe(true);
    expect(matchesPattern(patterns, ['userRepo', 'cache'], 'findById')).toBe(false);
    expect(matchesPattern(patterns, ['userRepo'], 'save')).toBe(false);
  });
});

describe('options', () => {
  const python = [
    'def load(ids, store):',
    '    for pk in ids:',
    '        store.load_account(pk)',
    '',
    'def load_in_chunks(conn, ids):',
    '    for pk in ids:',
    '        conn.execute("SELECT 1 FROM t WHERE id = %s", (pk,))',
  ].join('\n');

  it('extraQueryCalls adds calls and batchFunctions silences functions', () => {
    expect(lines('python', python)).toEqual([7]);
    expect(lines('python', python, { extraQueryCalls: ['store.load_*'], batchFunctions: ['load_in_*'] })).toEqual([3]);
  });

  it('followHelpers follows one call into a helper of the file, and false turns that off', () => {
    const python = 'from shop.models import Customer\n\ndef load(pk):\n    return Customer.objects.get(pk=pk)\n\ndef names(ids):\n    for pk in ids:\n        load(pk)\n';
    expect(lines('python', python)).toEqual([8]);
    expect(lines('python', python, { followHelpers: false })).toEqual([]);
  });

  it('guessRelations reads `item.relation.field` as a relation of a model declared elsewhere, and false turns that off', () => {
    const python = 'from django.db import models\nfrom shop.models import Book\n\ndef names():\n    return [b.author.name for b in Book.objects.all()]\n';
    expect(lines('python', python)).toEqual([5]);
    expect(lines('python', python, { guessRelations: false })).toEqual([]);
  });

  it('repositoryCalls reports lookups through a repository, store or sqlc queries, off by default', () => {
    const go = 'package p\nfunc f(s *S, ids []int) {\n\tfor _, id := range ids {\n\t\ts.userRepo.GetByID(id)\n\t\ts.sessionStore.Get(id)\n\t}\n}\n';
    expect(lines('go', go)).toEqual([]);
    expect(lines('go', go, { repositoryCalls: true })).toEqual([4]);
  });

  it('xormCalls reports XORM engine calls in files that import XORM, off by default', () => {
    const go = 'package p\nimport "xorm.io/xorm"\nvar x *xorm.Engine\nfunc f(ids []int64) {\n\tfor _, id := range ids {\n\t\tx.ID(id).Get(&U{})\n\t}\n}\n';
    expect(lines('go', go)).toEqual([]);
    expect(lines('go', go, { xormCalls: true })).toEqual([6]);
  });

  it('maxLiteralIterations bounds the literal loops left alone', () => {
    const go = 'package p\nimport "database/sql"\nfunc f(db *sql.DB) {\n\tfor _, k := range []string{"a", "b", "c"} {\n\t\tdb.Exec("DELETE FROM t WHERE k = $1", k)\n\t}\n}\n';
    expect(lines('go', go)).toEqual([]);
    expect(lines('go', go, { maxLiteralIterations: 2 })).toEqual([5]);
  });
});

describe('Django model classes of a file', () => {
  it('come from models modules, get_model, managers and class definitions, never from django.db', () => {
    const text = [
      'from django.db import models',
      'from saleor.order.models import (Order, OrderLine as Line, utils)',
      'from ..warehouse import models as stock_models',
      'Stock = apps.get_model("warehouse", "Stock")',
      'class Note(models.Model):',
      '    pass',
      'Invoice.objects.all()',
    ].join('\n');
    const found = fileModels(text);
    expect([...found.classes].sort()).toEqual(['Invoice', 'Line', 'Note', 'Order', 'Stock']);
    expect([...found.modules]).toEqual(['stock_models']);
  });
});
