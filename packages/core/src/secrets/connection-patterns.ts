// Connection strings with an inline password: URLs, the MySQL driver's DSN, libpq key-value
// strings. The secret is the password group; a password equal to its user is a local default.
import type { SecretPattern } from './types.js';

// postgres://app:app@db is a development default, not a credential
const passwordDiffersFromUser = (_secret: string, match: RegExpExecArray): boolean => match[1] !== match[2];

// `password=` among the other keys of a libpq connection string
const isConninfo = (_secret: string, match: RegExpExecArray): boolean => /(?:^|\s)(?:host|hostaddr|dbname|user|port)=[^\s=]/.test(match.input);

/** Connection string formats, checked after the provider tokens. */
export const CONNECTION_PATTERNS: readonly SecretPattern[] = [
  {
    id: 'url-password', what: 'A password in a URL',
    regex: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([^\s:/?#@'"`]{0,128}):([^\s/?#@'"`]{1,256})@(?:[A-Za-z0-9[]|$)/,
    secretGroup: 2, validate: passwordDiffersFromUser,
    example: 'postgres://billing:Vt9x2KqPz7LmW4@db.internal:5432/billing',
    nearMisses: ['postgres://billing@db.internal:5432/billing', 'https://api.example.com:8443/v1', 'postgres://postgres:postgres@localhost/app', 'redis://:${REDIS_PASSWORD}@cache:6379'],
  },
  {
    // Go's MySQL driver DSN, `user:password@tcp(host:3306)/db`
    id: 'dsn-password', what: 'A password in a connection string',
    regex: /(?<![^\s"'`=])([A-Za-z0-9_.-]{1,64}):([^\s:/?#@'"`]{1,128})@(?:tcp|udp|unix)\(/, secretGroup: 2, validate: passwordDiffersFromUser,
    example: 'billing:Vt9x2KqPz7LmW4@tcp(db.internal:3306)/billing', nearMisses: ['billing@tcp(db.internal:3306)/billing', 'root:root@tcp(localhost:3306)/app'],
  },
  {
    // a libpq key-value connection string, `host=db user=app password=…`; not SQL's `SET password=$2`
    id: 'conninfo-password', what: 'A password in a connection string',
    regex: /(?<![^\s"'`])password\s?=\s?([^\s"'`$?:%@][^\s"'`]{0,127})(?![^\s"'`])/, secretGroup: 1, validate: isConninfo,
    example: 'host=db.internal dbname=billing user=billing password=Vt9x2KqPz7LmW4',
    nearMisses: ['--password=Vt9x2KqPz7LmW4', 'password=Vt9x2KqPz7LmW4', 'user=a password=%s', 'SET username=$1, password=$2', '?user=a&password=Vt9x2KqPz7LmW4'],
  },
];
