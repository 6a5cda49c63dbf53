; Calls by name or on a receiver (@finding); the measure keeps those the query catalogs name
; and that run once per iteration of an enclosing loop.
(call
  function: [(identifier) (attribute)]
  arguments: (argument_list)) @finding

; Loops over items (@_loop), for lazy relation access on their items.
[
  (for_statement)
  (list_comprehension)
  (set_comprehension)
  (dictionary_comprehension)
  (generator_expression)
] @_loop
