; The whole module. The rule counts its code lines and reports the first line past the limit.
(module) @finding

; Logic (@_logic): functions, methods and lambdas, and loops. A module without any is a
; declaration file (imports, constants, data, classes of fields), see `skipDeclarationFiles`.
[
  (function_definition)
  (lambda)
  (for_statement)
  (while_statement)
] @_logic
