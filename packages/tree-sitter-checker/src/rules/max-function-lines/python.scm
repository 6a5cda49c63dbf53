; Function and method definitions, `async def` and decorated ones included: a definition starts
; at `def` (or `async`), below its decorators. @finding is the name, @_function the definition.
; Lambdas are single expressions and are not measured.
(function_definition
  name: (identifier) @finding) @_function
