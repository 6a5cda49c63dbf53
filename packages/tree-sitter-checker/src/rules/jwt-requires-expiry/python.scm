; The name of every function or method called (@finding): `encode` in `jwt.encode(…)`. The measure
; keeps the calls of PyJWT and python-jose (core jwt-apis.ts) and only then reads the call; the
; pattern is the one parameterized-sql writes, so it is matched once.
(call
  function: [
    (identifier) @finding
    (attribute attribute: (identifier) @finding)
  ]
  arguments: (argument_list))
