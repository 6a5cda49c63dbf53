import { describeStyle, matchesStyle, splitWords, toStyle } from '@plumbline/core/rules/naming-convention';
import { describe, expect, it } from 'vitest';
import { initialismFixer } from './go-initialisms.js';
import { nameMatcher, PYTHON_OVERRIDES } from './python-overrides.js';

describe('naming styles', () => {
  it.each([
    ['getUserById', ['get', 'User', 'By', 'Id']],
    ['getHTTPResponse2', ['get', 'HTTP', 'Response2']],
    ['userIDs', ['user', 'IDs']],
    ['base64_encode', ['base64', 'encode']],
    ['user-service', ['user', 'service']],
  ])('splits %s into words', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });

  it.each([
    ['getUserById', 'snake_case', 'get_user_by_id'],
    ['get_user_by_id', 'camelCase', 'getUserById'],
    ['order_summary', 'PascalCase', 'OrderSummary'],
    ['maxRetries', 'UPPER_SNAKE_CASE', 'MAX_RETRIES'],
    ['UserService', 'kebab-case', 'user-service'],
    ['__privateThing__', 'snake_case', '__private_thing__'],
    ['MAX_SIZE', 'MixedCaps', 'MaxSize'],
    ['max_size', 'MixedCaps', 'maxSize'],
  ] as const)('converts %s to %s', (name, style, expected) => {
    expect(toStyle(name, style)).toBe(expected);
  });

  it('accepts affixes, abbreviation words of snake_case and digit separators of camelCase', () => {
    expect(matchesStyle('__init__', 'snake_case')).toBe(true);
    expect(matchesStyle('channel_USD', 'snake_case')).toBe(true);
    expect(matchesStyle('USD_channel', 'snake_case')).toBe(false);
    expect(matchesStyle('user_2', 'camelCase')).toBe(true);
    expect(matchesStyle('user_id', 'camelCase')).toBe(false);
    expect(matchesStyle('$1', 'camelCase')).toBe(true);
  });

  it.each([['user', 'lower case'], ['user_id', 'snake_case'], ['userId', 'camelCase'], ['UserId', 'PascalCase'], ['USER_ID', 'UPPER_SNAKE_CASE'], ['User_id', 'mixed case']])(
    'describes %s as %s', (name, style) => expect(describeStyle(name)).toBe(style),
  );
});

describe('Go initialisms', () => {
  const fix = initialismFixer([], []);

  it('finds mixed-case initialisms and writes them in one case', () => {
    expect(fix('GetUserIdFromUrl')).toEqual({ bad: ['Id', 'Url'], fixed: 'GetUserIDFromURL' });
    expect(fix('userIds')).toEqual({ bad: ['Ids'], fixed: 'userIDs' });
  });

  it('leaves words that only start like an initialism', () => {
    expect(fix('IdleTimeout').bad).toEqual([]);
    expect(fix('httpClient').bad).toEqual([]);
  });

  it('adds and removes initialisms', () => {
    const custom = initialismFixer(['sku'], ['ID']);
    expect(custom('FindBySkuAndId')).toEqual({ bad: ['Sku'], fixed: 'FindBySKUAndId' });
  });
});

describe('Python overrides', () => {
  const isOverride = nameMatcher(PYTHON_OVERRIDES.flatMap((group) => group.names));

  it.each(['setUp', 'tearDownClass', 'visit_FunctionDef', 'do_GET', 'assertValidOrder', 'startElement'])('knows %s', (name) => {
    expect(isOverride(name)).toBe(true);
  });

  it.each(['getUser', 'assert_valid', 'visitName', 'asserting'])('does not know %s', (name) => {
    expect(isOverride(name)).toBe(false);
  });

  it('matches nothing for an empty list', () => expect(nameMatcher([])('anything')).toBe(false));
});
