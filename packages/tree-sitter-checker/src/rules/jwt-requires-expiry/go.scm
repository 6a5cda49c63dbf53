; The name of every function or method called (@finding): `NewWithClaims` in `jwt.NewWithClaims(…)`;
; the measure keeps golang-jwt's calls (core jwt-apis.ts); the pattern is the one parameterized-sql
; writes, so it is matched once. Also two names that matter wherever they appear: the key that
; lets a parser accept unsigned tokens, and the v3/v4 parser field that skips claim validation.
(call_expression
  function: [
    (identifier) @finding
    (selector_expression field: (field_identifier) @finding)
  ]
  arguments: (argument_list))

(selector_expression
  field: (field_identifier) @finding
  (#eq? @finding "UnsafeAllowNoneSignatureType"))

(keyed_element
  key: (literal_element (identifier) @finding)
  value: (literal_element (true))
  (#eq? @finding "SkipClaimsValidation"))
