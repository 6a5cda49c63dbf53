// Go calls whose error no-catch-all reports when it is discarded (`_ = f()`, or the call as a
// statement), and the ones it deliberately does not. Data only: add a name here, with a
// fixture, and the rule knows it. Names are exact; `Var.Method` reaches a method of a
// package-level variable.
//
// Reported: the error says a side effect failed, and a reviewer would act on it (files and the
// OS, I/O streams, the network, databases, processes), or input did not decode (a request's
// number, a stored timestamp): the zero value then passes for data. Calls on constant input
// (`regexp.Compile(pattern)` of a `const`, `time.Parse(time.RFC3339, "2006-…")`) are left alone
// by the checker: their outcome is fixed when the code is written.
// Not reported: encoders of in-memory values (json.Marshal of a struct of ints cannot fail),
// writers that cannot fail or whose reader has gone, and lookups whose failure is an empty
// answer (`os.Hostname`, `os.UserHomeDir`).

/** Package functions whose discarded error is reported, keyed by import path. */
export const GO_EFFECT_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'compress/gzip': ['NewReader'],
  'crypto/rand': ['Int', 'Prime'],
  'crypto/tls': ['LoadX509KeyPair', 'Dial', 'DialWithDialer'],
  'crypto/x509': ['SystemCertPool'],
  'database/sql': ['Open'],
  'encoding/binary': ['Read'],
  'encoding/json': ['Unmarshal'],
  'encoding/xml': ['Unmarshal'],
  'fmt': ['Fscan', 'Fscanf', 'Fscanln'],
  'html/template': ['ParseFiles', 'ParseGlob', 'ParseFS'],
  'io': ['Copy', 'CopyN', 'CopyBuffer', 'ReadAll', 'ReadFull', 'ReadAtLeast'],
  'io/ioutil': ['ReadAll', 'ReadFile', 'WriteFile', 'ReadDir', 'TempFile', 'TempDir'],
  'net': [
    'Dial', 'DialTimeout', 'Listen', 'ListenPacket', 'LookupHost', 'LookupIP', 'LookupAddr', 'LookupCNAME', 'LookupTXT', 'LookupMX', 'LookupSRV',
    'ResolveTCPAddr', 'ResolveUDPAddr', 'ResolveIPAddr',
  ],
  'net/http': ['ListenAndServe', 'ListenAndServeTLS', 'Serve', 'ServeTLS', 'Get', 'Head', 'Post', 'PostForm', 'ReadRequest', 'ReadResponse'],
  'os': [
    'Remove', 'RemoveAll', 'Rename', 'Mkdir', 'MkdirAll', 'MkdirTemp', 'CreateTemp', 'Chdir', 'Chmod', 'Chown', 'Lchown', 'Chtimes',
    'Setenv', 'Unsetenv', 'WriteFile', 'ReadFile', 'ReadDir', 'Open', 'OpenFile', 'Create', 'Link', 'Symlink', 'Truncate', 'Pipe',
    'StartProcess', 'CopyFS', 'Stat', 'Lstat',
  ],
  'path/filepath': ['Walk', 'WalkDir'],
  'text/template': ['ParseFiles', 'ParseGlob', 'ParseFS'],
};

/**
 * Methods whose discarded error is reported on any receiver (the checker does not know types):
 * database/sql, json.Decoder, os.File, exec.Cmd, http.Server/Client/Request, bufio.Writer,
 * net.Conn, templates. Chosen because these names almost never return anything else; `Close`
 * and `Rollback` are cleanup calls, see GO_CLEANUP_METHODS.
 */
export const GO_EFFECT_METHODS: readonly string[] = [
  'Scan', 'Exec', 'ExecContext', 'Query', 'QueryContext', 'Prepare', 'PrepareContext', 'Begin', 'BeginTx', 'Commit',
  'Ping', 'PingContext', 'Decode', 'Unmarshal', 'Sync', 'Flush', 'Shutdown', 'ListenAndServe', 'ListenAndServeTLS',
  'Do', 'ParseForm', 'ParseMultipartForm', 'Run', 'Output', 'CombinedOutput', 'Execute', 'ExecuteTemplate',
  'SetDeadline', 'SetReadDeadline', 'SetWriteDeadline',
];

/** Cleanup methods whose error is conventionally dropped on a failure path or in `defer` (option allowDeferClose). */
export const GO_CLEANUP_METHODS: readonly string[] = ['Close', 'Rollback'];

/** Package functions that decode input: reported unless every argument is a constant. */
export const GO_DECODE_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'crypto/x509': ['ParseCertificate', 'ParseCertificates', 'ParsePKCS1PrivateKey', 'ParsePKCS8PrivateKey', 'ParsePKIXPublicKey', 'ParseECPrivateKey'],
  'encoding/base64': ['StdEncoding.DecodeString', 'URLEncoding.DecodeString', 'RawStdEncoding.DecodeString', 'RawURLEncoding.DecodeString'],
  'encoding/hex': ['Decode', 'DecodeString'],
  'mime': ['ParseMediaType'],
  'net': ['SplitHostPort', 'ParseCIDR', 'ParseMAC'],
  'net/mail': ['ParseAddress', 'ParseAddressList'],
  'net/url': ['Parse', 'ParseRequestURI', 'ParseQuery', 'QueryUnescape', 'PathUnescape'],
  'regexp': ['Compile', 'CompilePOSIX', 'Match', 'MatchString', 'MatchReader'],
  'strconv': ['Atoi', 'ParseInt', 'ParseUint', 'ParseFloat', 'ParseBool', 'ParseComplex', 'Unquote', 'UnquoteChar', 'QuotedPrefix'],
  'time': ['Parse', 'ParseInLocation', 'ParseDuration', 'LoadLocation'],
};

/**
 * Not reported, on purpose (documentation, and a test keeps the lists apart): encoders of
 * in-memory values, writers that cannot fail (`bytes.Buffer`) or whose reader has gone (an HTTP
 * response), and lookups whose failure is an empty answer the code reads from the zero value.
 */
export const GO_IGNORED_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'crypto/rand': ['Read'], // never returns an error since Go 1.24; it crashes the program instead
  'crypto/tls': ['X509KeyPair'],
  'crypto/x509': ['CreateCertificate', 'MarshalPKCS8PrivateKey', 'MarshalPKIXPublicKey'],
  'encoding/binary': ['Write'],
  'encoding/json': ['Marshal', 'MarshalIndent', 'Compact', 'Indent'],
  'encoding/xml': ['Marshal', 'MarshalIndent', 'EscapeText'],
  'fmt': ['Sscan', 'Sscanf', 'Sscanln', 'Fprint', 'Fprintf', 'Fprintln'],
  'io': ['WriteString'],
  'net/http': ['NewRequest', 'NewRequestWithContext'],
  'os': ['Getwd', 'Hostname', 'Executable', 'UserHomeDir', 'UserCacheDir', 'UserConfigDir', 'Readlink'],
  'os/exec': ['LookPath'],
  'os/user': ['Current', 'Lookup', 'LookupId', 'LookupGroup', 'LookupGroupId'],
  'path/filepath': ['Abs', 'Rel', 'Glob', 'EvalSymlinks'],
};

/** Methods not reported on purpose: `Encode` writes to a writer (a buffer, or a response whose client went away). */
export const GO_IGNORED_METHODS: readonly string[] = ['Encode'];

/**
 * Methods reported when their call is a statement of its own (the error result never
 * assigned): a narrower list than GO_EFFECT_METHODS, since a name like `Flush`, `Do`, `Run` or
 * `Shutdown` also belongs to methods that return nothing (`http.Flusher`, `sync.Once`, a pool).
 */
export const GO_STATEMENT_METHODS: readonly string[] = ['Exec', 'ExecContext', 'Commit', 'Ping', 'PingContext', 'ListenAndServe', 'ListenAndServeTLS'];
