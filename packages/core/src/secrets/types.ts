// What engines hand the secret detector and what it answers: the shared vocabulary of
// no-hardcoded-secrets in every engine.

/** Where a string value sits, as far as the engine can tell from the syntax around it. */
export interface SecretSite {
  /** Repository-relative path of the file (forward slashes). */
  readonly path: string;
  /**
   * The name the value is bound to: variable, constant, attribute, object/dict key, keyword
   * argument, default parameter, struct field, config key, or the other side of a comparison.
   */
  readonly name?: string;
  /** A call that takes a signing key or secret at this position (`jwt.sign`, `hmac.new`), as written. */
  readonly usage?: string;
  /**
   * The literal is handed over or checked as the credential itself: a keyword argument, a
   * parameter default, the other side of a comparison, a connection string given to a driver.
   * There a short or word-like value (`"root"`, `"admin"`) under a strong name is a credential.
   */
  readonly passed?: boolean;
}

/** A secret found in a value. */
export interface SecretMatch {
  /** Pattern id (`github-token`, `pem-private-key`, an extra pattern's id), or `secret-name` / `secret-usage`. */
  readonly kind: string;
  /** Subject for the message, starting upper-case: `A GitHub token`, `The value of \`password\``. */
  readonly what: string;
  /** Offsets of the secret inside the value (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The secret masked for output with core's `maskSecret` (finding.ts): its first 4 characters, then `…`. */
  readonly masked: string;
}

/** Decides about values and names with one rule configuration. */
export interface SecretDetector {
  /** The secret in a string value at a site, if any. Never throws. */
  inspect(value: string, site: SecretSite): SecretMatch | undefined;
  /** Whether a name denotes a secret (`apiKey`, `DB_PASSWORD`), not merely contains a secret word (`token_type`). */
  isSecretName(name: string): boolean;
  /** Whether the file is excluded by `allowPaths`. */
  isAllowedPath(path: string): boolean;
}

/** A known secret format. */
export interface SecretPattern {
  /** Kebab-case id, the match's `kind`. */
  readonly id: string;
  /** Subject for the message: `A GitHub token`. */
  readonly what: string;
  /** The format. */
  readonly regex: RegExp;
  /** The capture group holding the secret part (a URL's password); the whole match when absent. */
  readonly secretGroup?: number;
  /** Words the name must contain for this format to count (an AWS secret key is any 40 characters). */
  readonly nameWords?: readonly (readonly string[])[];
  /** A further check on the matched secret (a JWT header must decode to JSON). */
  readonly validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** A made-up value of the real shape, which must match. */
  readonly example: string;
  /** Values that look close but must not match. */
  readonly nearMisses: readonly string[];
}
