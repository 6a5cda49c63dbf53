// The catalog of Go calls known to return an error as their last result, for the check that
// reports that error discarded with `_` (`_ = json.Unmarshal(b, &v)`, `n, _ := strconv.Atoi(s)`).
// It is data: add a package or a name here, with a fixture, and the rule knows it. Names are
// exact; `Var.Method` reaches a method of a package-level variable (`base64.StdEncoding`).
// Left out on purpose: fmt.Print*/Fprint* and bytes/strings Builder writes, whose errors
// are conventionally dropped, and fmt.Scan/Scanf/Scanln, which read a terminal prompt.
// The checker also leaves alone `io.Copy(io.Discard, body)`, which drains a body.

/** Package-level functions returning an error last, keyed by import path. */
export const GO_ERROR_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'compress/gzip': ['NewReader'],
  'crypto/rand': ['Read', 'Int', 'Prime'],
  'crypto/tls': ['LoadX509KeyPair', 'X509KeyPair', 'Dial', 'DialWithDialer'],
  'crypto/x509': [
    'ParseCertificate', 'ParseCertificates', 'ParsePKCS1PrivateKey', 'ParsePKCS8PrivateKey', 'ParsePKIXPublicKey',
    'ParseECPrivateKey', 'SystemCertPool', 'CreateCertificate', 'MarshalPKCS8PrivateKey', 'MarshalPKIXPublicKey',
  ],
  'database/sql': ['Open'],
  'encoding/base64': [
    'StdEncoding.DecodeString', 'URLEncoding.DecodeString', 'RawStdEncoding.DecodeString', 'RawURLEncoding.DecodeString',
    'StdEncoding.Decode', 'URLEncoding.Decode', 'RawStdEncoding.Decode', 'RawURLEncoding.Decode',
  ],
  'encoding/binary': ['Read', 'Write'],
  'encoding/hex': ['Decode', 'DecodeString'],
  'encoding/json': ['Marshal', 'MarshalIndent', 'Unmarshal', 'Compact', 'Indent'],
  'encoding/xml': ['Marshal', 'MarshalIndent', 'Unmarshal', 'EscapeText'],
  'fmt': ['Sscan', 'Sscanf', 'Sscanln', 'Fscan', 'Fscanf', 'Fscanln'],
  'html/template': ['ParseFiles', 'ParseGlob', 'ParseFS'],
  'io': ['Copy', 'CopyN', 'CopyBuffer', 'ReadAll', 'ReadFull', 'ReadAtLeast', 'WriteString'],
  'io/ioutil': ['ReadAll', 'ReadFile', 'WriteFile', 'ReadDir', 'TempFile', 'TempDir'],
  'mime': ['ParseMediaType'],
  'net': [
    'Dial', 'DialTimeout', 'Listen', 'ListenPacket', 'ResolveTCPAddr', 'ResolveUDPAddr', 'ResolveIPAddr', 'LookupHost',
    'LookupIP', 'LookupAddr', 'LookupCNAME', 'LookupTXT', 'LookupMX', 'LookupSRV', 'LookupPort', 'SplitHostPort', 'ParseCIDR', 'ParseMAC',
  ],
  'net/http': [
    'ListenAndServe', 'ListenAndServeTLS', 'Serve', 'ServeTLS', 'NewRequest', 'NewRequestWithContext', 'Get', 'Head', 'Post',
    'PostForm', 'ReadRequest', 'ReadResponse',
  ],
  'net/mail': ['ParseAddress', 'ParseAddressList'],
  'net/url': ['Parse', 'ParseRequestURI', 'ParseQuery', 'QueryUnescape', 'PathUnescape'],
  'os': [
    'Remove', 'RemoveAll', 'Rename', 'Mkdir', 'MkdirAll', 'MkdirTemp', 'CreateTemp', 'Chdir', 'Chmod', 'Chown', 'Lchown', 'Chtimes',
    'Setenv', 'Unsetenv', 'WriteFile', 'ReadFile', 'ReadDir', 'Open', 'OpenFile', 'Create', 'Stat', 'Lstat', 'Getwd', 'Hostname',
    'Executable', 'Link', 'Symlink', 'Readlink', 'Truncate', 'UserHomeDir', 'UserCacheDir', 'UserConfigDir', 'Pipe',
    'StartProcess', 'FindProcess', 'CopyFS',
  ],
  'os/exec': ['LookPath'],
  'os/user': ['Current', 'Lookup', 'LookupId', 'LookupGroup', 'LookupGroupId'],
  'path/filepath': ['Abs', 'Rel', 'Walk', 'WalkDir', 'Glob', 'EvalSymlinks'],
  'regexp': ['Compile', 'CompilePOSIX', 'Match', 'MatchString', 'MatchReader'],
  'strconv': ['Atoi', 'ParseInt', 'ParseUint', 'ParseFloat', 'ParseBool', 'ParseComplex', 'Unquote', 'UnquoteChar', 'QuotedPrefix'],
  'text/template': ['ParseFiles', 'ParseGlob', 'ParseFS'],
  'time': ['Parse', 'ParseInLocation', 'ParseDuration', 'LoadLocation'],
};

/**
 * Methods returning an error last, matched by name on any receiver (the checker does not know
 * types): database/sql, json.Encoder/Decoder, os.File, exec.Cmd, http.Server/Client/Request,
 * bufio.Writer, net.Conn, templates. Chosen because these names almost never return anything
 * else; `Close` and `Rollback` are cleanup calls, see GO_CLEANUP_METHODS.
 */
export const GO_ERROR_METHODS: readonly string[] = [
  'Scan', 'Exec', 'ExecContext', 'Query', 'QueryContext', 'Prepare', 'PrepareContext', 'Begin', 'BeginTx', 'Commit',
  'Ping', 'PingContext', 'Encode', 'Decode', 'Unmarshal', 'Sync', 'Flush', 'Shutdown', 'ListenAndServe', 'ListenAndServeTLS',
  'Do', 'ParseForm', 'ParseMultipartForm', 'Run', 'Output', 'CombinedOutput', 'Execute', 'ExecuteTemplate',
  'SetDeadline', 'SetReadDeadline', 'SetWriteDeadline',
];

/** Cleanup methods whose error is conventionally dropped on a failure path or in `defer` (option allowDeferClose). */
export const GO_CLEANUP_METHODS: readonly string[] = ['Close', 'Rollback'];
