; Control blocks that add a nesting level (@finding): if, for, switch, type switch, select.
; Case clauses belong to their statement and add no level.
[
  (if_statement)
  (for_statement)
  (expression_switch_statement)
  (type_switch_statement)
  (select_statement)
] @finding

; `else if` continues its chain at the level of the first `if` (@_else_if).
(if_statement
  alternative: (if_statement) @_else_if)

; A `select` that ends the body of a `for` is the for-select event loop, one construct: the
; select adds no level of its own (@_for_select) when the loop is a statement of the function
; body itself (index.ts checks that). Statements before it (a non-blocking check of ctx.Done(), a
; timer reset) do not change that; a select followed by more statements is a level of its own,
; and so is a for-select inside an `if` or another loop of a longer function.
(for_statement
  body: (block (statement_list (select_statement) @_for_select .)))

; Functions, methods and function literals start their own count (@_scope).
[
  (function_declaration)
  (method_declaration)
  (func_literal)
] @_scope
