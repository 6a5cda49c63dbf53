// Calls whose arguments say what a string literal is: the key of a signing or MAC call, or the
// value of a setting named by another argument. Data, matched on the callee as written.

/** A call that takes a secret key at a position (0-based, positional arguments) or keyword. */
export interface KeyCall {
  readonly callee: string;
  readonly position: number;
  readonly keyword?: string;
}

/** A call whose argument at `position` (or `keyword`) is the value of the setting named by its first argument. */
export interface SettingCall {
  readonly callee: string;
  readonly position: number;
  readonly keyword?: string;
}

/** Python calls taking a key: PyJWT / python-jose, hmac, itsdangerous signers and serializers. */
export const PYTHON_KEY_CALLS: readonly KeyCall[] = [
  { callee: 'jwt.encode', position: 1, keyword: 'key' },
  { callee: 'jwt.decode', position: 1, keyword: 'key' },
  { callee: 'hmac.new', position: 0, keyword: 'key' },
  { callee: 'hmac.digest', position: 0, keyword: 'key' },
  { callee: 'hmac.HMAC', position: 0, keyword: 'key' },
  ...['Signer', 'TimestampSigner', 'Serializer', 'TimedSerializer', 'URLSafeSerializer', 'URLSafeTimedSerializer']
    .map((callee) => ({ callee, position: 0, keyword: 'secret_key' })),
  // boto3.client("s3", aws_access_key_id=…), boto3.resource, boto3.Session, session.client
  ...['client', 'resource', 'Session'].flatMap((callee) => ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']
    .map((keyword) => ({ callee, position: -1, keyword }))),
];

/** Python drivers taking a connection string (psycopg, SQLAlchemy, asyncpg, redis-py, PyMongo): its password is passed. */
export const PYTHON_DSN_CALLS: readonly KeyCall[] = [
  ...['psycopg2.connect', 'psycopg.connect', 'asyncpg.connect', 'asyncpg.create_pool'].map((callee) => ({ callee, position: 0, keyword: 'dsn' })),
  ...['create_engine', 'create_async_engine', 'from_url'].map((callee) => ({ callee, position: 0, keyword: 'url' })),
  { callee: 'MongoClient', position: 0, keyword: 'host' },
];

/** Python calls reading a setting with a fallback: `os.getenv("API_KEY", "…")`, django-environ, python-decouple. */
export const PYTHON_SETTING_CALLS: readonly SettingCall[] = [
  ...['os.getenv', 'os.environ.get', 'environ.get', 'os.environ.setdefault', 'getenv']
    .map((callee) => ({ callee, position: 1, keyword: 'default' })),
  ...['env', 'env.str', 'config'].map((callee) => ({ callee, position: 1, keyword: 'default' })),
];

/** Go calls taking a key: crypto/hmac and golang-jwt. */
export const GO_KEY_CALLS: readonly KeyCall[] = [
  { callee: 'hmac.New', position: 1 },
  { callee: 'SignedString', position: 0 },
  // aws-sdk-go credentials.NewStaticCredentials(id, secret, token), v2 NewStaticCredentialsProvider
  ...['NewStaticCredentials', 'NewStaticCredentialsProvider'].flatMap((callee) => [0, 1].map((position) => ({ callee, position }))),
  // Google Cloud client options
  { callee: 'option.WithAPIKey', position: 0 },
  { callee: 'option.WithCredentialsJSON', position: 0 },
];

/** Go calls taking a connection string (database/sql, sqlx, pgx, GORM drivers, go-redis, mongo): its password is passed. */
export const GO_DSN_CALLS: readonly KeyCall[] = [
  ...['sql.Open', 'sqlx.Open', 'sqlx.Connect', 'sqlx.MustConnect', 'pgx.Connect', 'pgxpool.New', 'pgxpool.Connect']
    .map((callee) => ({ callee, position: 1 })),
  ...['mysql.Open', 'postgres.Open', 'redis.ParseURL', 'ApplyURI'].map((callee) => ({ callee, position: 0 })),
];

/** Go calls setting a named value: `os.Setenv("API_KEY", "…")`, viper defaults. */
export const GO_SETTING_CALLS: readonly SettingCall[] = [
  { callee: 'os.Setenv', position: 1 },
  { callee: 'viper.SetDefault', position: 1 },
  { callee: 'viper.Set', position: 1 },
];

/** Go functions whose callback argument returns the key (`jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil })`). */
export const GO_KEYFUNC_CALLS: readonly string[] = ['jwt.Parse', 'jwt.ParseWithClaims', 'ParseWithClaims'];

/** Whether a callee as written (`self.jwt.encode`, `token.SignedString`) is the catalog's `name`: equal, or ends with `.name`. */
export function isCallee(written: string, name: string): boolean {
  return written === name || written.endsWith(`.${name}`);
}

/** Whether a catalog has an entry for this callee at this argument: a keyword, else a 0-based position. */
export function takesAt(catalog: readonly KeyCall[], written: string, keyword: string | undefined, position: number): boolean {
  return catalog.some((entry) => isCallee(written, entry.callee) && (keyword === undefined ? entry.position === position : entry.keyword === keyword));
}

const SIMPLE_CALLEE = /^[A-Za-z_][\w.]{0,40}$/;

/** How a message names a callee: as written when short (`token.SignedString`), else its last name (`….SignedString`). */
export function calleeLabel(written: string): string {
  if (SIMPLE_CALLEE.test(written)) return written;
  return `….${written.slice(written.lastIndexOf('.') + 1)}`;
}
