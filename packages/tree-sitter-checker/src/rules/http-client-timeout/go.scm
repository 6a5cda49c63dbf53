; The name of every function or method called (@finding): `Get` in `http.Get(…)`, `Do` in
; `http.DefaultClient.Do(…)`. The measure keeps the catalog's names and resolves the package
; through the imports: capturing the name spares reading every call.
(call_expression
  function: [
    (identifier) @finding
    (selector_expression field: (field_identifier) @finding)
  ]
  arguments: (argument_list))

; `http.Client{…}` literals (@finding): the measure checks the package and the fields.
(composite_literal
  type: (qualified_type name: (type_identifier) @_type)
  (#eq? @_type "Client")) @finding

; Imports (@_import), to know which package a name like `http` refers to.
(import_spec) @_import
