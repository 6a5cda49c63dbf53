; The name of every function or method called (@finding): `get` in `requests.get(…)`, `urlopen` in
; `urlopen(…)`. The measure keeps the names of the HTTP client catalog and resolves the callee
; through the imports and the client variables: capturing the name spares reading every call.
(call
  function: [
    (identifier) @finding
    (attribute attribute: (identifier) @finding)
  ]
  arguments: (argument_list))

; Imports (@_import), to know what `requests`, `get` or `ur` stand for.
(import_statement) @_import
(import_from_statement) @_import
