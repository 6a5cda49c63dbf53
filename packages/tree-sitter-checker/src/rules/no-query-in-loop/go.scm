; The name of every function or method called (@finding): `Query` in `db.Query(…)`, `f` in `f(…)`.
; The measure keeps the calls whose name the query catalogs hold and that run once per iteration
; of an enclosing loop. The pattern is parameterized-sql's, word for word: the engine finds it once
; for both rules.
(call_expression
  function: [
    (identifier) @finding
    (selector_expression field: (field_identifier) @finding)
  ]
  arguments: (argument_list))
