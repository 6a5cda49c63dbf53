; The name of every function or method called (@finding): `execute` in `cursor.execute(…)`, `f` in
; `f(…)`. The measure keeps the calls whose name the SQL sink catalog holds, and only then reads the
; call and its receiver: capturing the name spares reading two fields of every call.
(call
  function: [
    (identifier) @finding
    (attribute attribute: (identifier) @finding)
  ]
  arguments: (argument_list))
