; The name of every function or method called (@finding): `filter` in `Post.objects.filter(…)`.
; The measure keeps the calls the query catalogs name that run once per iteration of an enclosing
; loop. The pattern is parameterized-sql's, word for word: the engine finds it once for both rules.
(call
  function: [
    (identifier) @finding
    (attribute attribute: (identifier) @finding)
  ]
  arguments: (argument_list))

; Loops over items (@_loop), for lazy relation access on their items.
[
  (for_statement)
  (list_comprehension)
  (set_comprehension)
  (dictionary_comprehension)
  (generator_expression)
] @_loop
