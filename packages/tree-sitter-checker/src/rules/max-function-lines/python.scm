; Function and method definitions, `async def` and decorated ones included: a definition starts
; at `def` (or `async`), below its decorators. @finding is the name, @_function the definition.
; Lambdas are single expressions and are not measured.
(function_definition
  name: (identifier) @finding) @_function

; Classes (@_class) are not measured: their lines belong to their methods, never to a function
; that holds the class.
(class_definition) @_class
