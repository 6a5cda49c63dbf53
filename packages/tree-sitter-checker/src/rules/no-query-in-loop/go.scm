; Calls of a method or function by name (@finding); the measure keeps those the query catalogs
; name and that run once per iteration of an enclosing loop.
(call_expression
  function: [(identifier) (selector_expression)]
  arguments: (argument_list)) @finding
