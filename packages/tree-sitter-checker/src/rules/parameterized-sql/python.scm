; Calls by name or on a receiver (@finding); the measure keeps those the SQL sink catalog names.
(call
  function: [(identifier) (attribute)]
  arguments: (argument_list)) @finding
