import { describe, expect, it } from 'vitest';
import type { CheckFile } from '../../check.js';
import { checkFileName, fileMatchesStyle, fileNameOf } from './file-name.js';
import { isMethodPatch, isTypeVariableName, quotesName, stringKeys } from './python-mirrors.js';

describe('file names', () => {
  it('splits a base name at its first dot', () => {
    expect(fileNameOf('pkg/store/orders_test.go')).toEqual({ stem: 'orders_test', extensions: '.go' });
    expect(fileNameOf('zz_generated.deepcopy.go')).toEqual({ stem: 'zz_generated', extensions: '.deepcopy.go' });
  });

  it('skips files in dot folders, which a tool names', () => {
    expect(fileNameOf('.semgrep/rules/no-raw-sql.py')).toBeUndefined();
    expect(fileNameOf('.github/scripts/release-notes.py')).toBeUndefined();
  });

  it.each(['order_service', '__init__', '__main__', 'conftest', '0001_initial', '_private', 'handlers_test', 'exec_linux_amd64'])(
    'accepts %s as snake_case', (stem) => expect(fileMatchesStyle(stem, 'snake_case')).toBe(true),
  );

  it.each(['OrderService', 'orderService', 'order-service', 'channel_USD', 'listen_reuseUnixSocket', 'Ordërs'])(
    'rejects %s as snake_case', (stem) => expect(fileMatchesStyle(stem, 'snake_case')).toBe(false),
  );

  it('reads letters of any script (PEP 3131): ordërs.py is snake_case, Ordërs.py becomes ordërs.py', () => {
    expect(fileMatchesStyle('ordërs', 'snake_case')).toBe(true);
    expect(fileMatchesStyle('größe_berechnen', 'snake_case')).toBe(true);
    const file = { path: 'shop/ÜberOrdërs.py', text: 'x = 1\n', lineKinds: [2] } as unknown as CheckFile;
    expect(checkFileName(file, fileNameOf(file.path), 'module', { style: 'snake_case' })?.data).toMatchObject({ suggestion: 'über_ordërs.py' });
  });
});

describe('Python names that mirror something else', () => {
  it('reads the keys a file writes', () => {
    const keys = stringKeys('variables = {"addChannels": add}\ntoken = data["refreshToken"]\nx = d.get("csrfToken")\nprint("notAKey")');
    expect([...keys].sort()).toEqual(['addChannels', 'csrfToken', 'refreshToken']);
  });

  it('knows a patch of an imported class by its name', () => {
    expect(isMethodPatch('_Local_lock_storage', 'from asgiref.local import Local, _CVar\n')).toBe(true);
    expect(isMethodPatch('_Local_lock_storage', 'import asyncio\n')).toBe(false);
  });

  it.each([['T_co', true], ['T_teardown', true], ['T_Address', true], ['NODE_TYPE', false], ['_KT', true], ['item_type', false]] as const)('type variable %s: %s', (name, ok) => {
    expect(isTypeVariableName(name)).toBe(ok);
  });

  it('accepts constants quoting a lower-case name, not mixed words', () => {
    expect(quotesName('MUTATION_UPDATE_use_legacy_stock')).toBe(true);
    expect(quotesName('Max_retries')).toBe(false);
  });
});
