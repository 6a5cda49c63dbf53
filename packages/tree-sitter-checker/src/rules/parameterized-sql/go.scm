; The name of every function or method called (@finding): `Query` in `db.Query(…)`, `f` in `f(…)`.
; The measure keeps the calls whose name the SQL sink catalog holds, and only then reads the call
; and its receiver: capturing the name spares reading two fields of every call.
(call_expression
  function: [
    (identifier) @finding
    (selector_expression field: (field_identifier) @finding)
  ]
  arguments: (argument_list))
