; Calls of a function or method by name (@finding); the measure keeps those the SQL sink catalog names.
(call_expression
  function: [(identifier) (selector_expression)]
  arguments: (argument_list)) @finding
