; Functions, methods and function literals. @finding is the name, or a literal's `func` keyword;
; @_function is a named function or method, @_literal an anonymous function literal.
(function_declaration
  name: (identifier) @finding) @_function

(method_declaration
  name: (field_identifier) @finding) @_function

(func_literal
  "func" @finding) @_literal
