; The name of every function or method called (@finding): `md5` in `hashlib.md5(…)`, `update` in
; `h.update(…)`. The measure keeps the names of the hash catalog (core password-hash.ts) and only
; then reads the call; the pattern is the one parameterized-sql writes, so it is matched once.
(call
  function: [
    (identifier) @finding
    (attribute attribute: (identifier) @finding)
  ]
  arguments: (argument_list))
