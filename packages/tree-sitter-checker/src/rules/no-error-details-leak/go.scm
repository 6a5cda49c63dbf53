; Calls that may write a response (@finding), by method name: `http.Error`, gin/echo/fiber context
; methods, `fmt.Fprintf(w, …)`, `w.Write(…)`. The measure resolves the package through the imports,
; reads the status against core's catalog (GO_RESPONSES) and looks for error details in the body.
(call_expression
  function: (selector_expression field: (field_identifier) @_name)
  (#match? @_name "^(Error|JSON|IndentedJSON|PureJSON|SecureJSON|AbortWithStatusJSON|XML|YAML|String|HTML|SendString|NewHTTPError|Fprint|Fprintf|Fprintln|WriteString|Write)$")) @finding

; Imports (@_import), to know which package a name like `http` refers to.
(import_spec) @_import
