; Control blocks that add a nesting level (@finding), `async for` and `async with` included.
; elif, else, except, finally and case clauses belong to their statement and add no level.
[
  (if_statement)
  (for_statement)
  (while_statement)
  (try_statement)
  (with_statement)
  (match_statement)
] @finding

; A function starts its own count (@_scope); module-level code is a scope of its own.
[
  (function_definition)
  (lambda)
] @_scope
