; `if err != nil { … }` (@finding): the measure reports it when the branch drops the error.
(if_statement
  condition: (binary_expression
    left: (identifier)
    operator: "!="
    right: (nil))
  consequence: (block)) @finding

; `if err != nil && !errors.Is(err, os.ErrNotExist) {}` (@finding): reported when the branch is empty.
(if_statement
  condition: (binary_expression
    left: (binary_expression
      left: (identifier)
      operator: "!="
      right: (nil))
    operator: "&&")
  consequence: (block)) @finding

; `_ = err`, `_ = json.Unmarshal(…)`, `n, _ := strconv.Atoi(…)` (@finding): the measure checks
; that the last target is `_` and the value an error or a call of the catalog.
(assignment_statement
  left: (expression_list (identifier) @_blank .)
  (#eq? @_blank "_")) @finding
(short_var_declaration
  left: (expression_list (identifier) @_blank .)
  (#eq? @_blank "_")) @finding

; `recover()` (@finding): the measure checks that its value is used.
(call_expression
  function: (identifier) @_recover
  (#eq? @_recover "recover")) @finding

; `defer f.Close()`, `defer tx.Rollback()` (@finding): reported only when allowDeferClose is off.
(defer_statement
  (call_expression
    function: (selector_expression field: (field_identifier) @_cleanup))
  (#any-of? @_cleanup "Close" "Rollback")) @finding

; A call as a statement (@finding): the measure checks that it is in the catalog.
(expression_statement (call_expression)) @finding

; Constants (@_const), whose values make a call's outcome fixed: `regexp.Compile(pattern)`.
(const_spec) @_const

; Imports (@_import), to know which package a name like `json` or `sql` refers to.
(import_spec) @_import
