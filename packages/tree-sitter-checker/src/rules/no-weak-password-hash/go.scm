; The name of every function or method called (@finding): `Sum256` in `sha256.Sum256(…)`, `Write`
; in `h.Write(…)`. The measure keeps the names of the hash catalog (core password-hash.ts) and only
; then reads the call; the pattern is the one parameterized-sql writes, so it is matched once.
(call_expression
  function: [
    (identifier) @finding
    (selector_expression field: (field_identifier) @finding)
  ]
  arguments: (argument_list))
