; The whole source file. The rule counts its code lines and reports the first line past the limit.
(source_file) @finding

; Logic (@_logic): functions, methods, function literals and loops. A file without any is a
; declaration file (types, constants, variables), see `skipDeclarationFiles`.
[
  (function_declaration)
  (method_declaration)
  (func_literal)
  (for_statement)
] @_logic
