; Go string literals (@finding), interpreted and raw, all checked for token formats. The
; patterns after the first also capture what a literal (or []byte("…") of it) is bound to:
; @_var (a variable or constant), @_name (a field), @_key (a string naming it), @_passed_name
; (the other side of a comparison), @_tuple (a declaration of several names), @_call with
; @_arg0 (callee and first argument), @_keyfunc (a call whose callback returns it), for the
; measure's catalogs; @_ref is a variable given to a key call, @_bytes a conversion
; (`[]byte("…")`) around a bound literal: key material under a key or secret name.
[(interpreted_string_literal) (raw_string_literal)] @finding

; const apiKey = "…", var jwtKey = []byte("…")
(const_spec
  name: (identifier) @_var
  value: (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding) @_bytes] .))
(var_spec
  name: (identifier) @_var
  value: (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding) @_bytes] .))

; password := "…", cfg.Password = "…", m["token"] = "…"
(short_var_declaration
  left: (expression_list . [
    (identifier) @_var (selector_expression field: (field_identifier) @_name)
    (index_expression index: (interpreted_string_literal) @_key)] .)
  right: (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding) @_bytes] .))
(assignment_statement
  left: (expression_list . [
    (identifier) @_name (selector_expression field: (field_identifier) @_name)
    (index_expression index: (interpreted_string_literal) @_key)] .)
  right: (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding) @_bytes] .))

; apiKey := "…" + suffix: the literal start of a concatenation is the constant part of the value
(short_var_declaration left: (expression_list . (identifier) @_name .)
  right: (expression_list . (binary_expression left: [(interpreted_string_literal) (raw_string_literal)] @finding operator: "+") .))

; var user, password = "…", "…"; user, password := "…", "…"
[(var_spec value: (expression_list [(interpreted_string_literal) (raw_string_literal)] @finding))
 (const_spec value: (expression_list [(interpreted_string_literal) (raw_string_literal)] @finding))
 (short_var_declaration right: (expression_list [(interpreted_string_literal) (raw_string_literal)] @finding))] @_tuple

; Config{Password: "…"}, map[string]string{"token": "…"}
(keyed_element
  key: (literal_element [(identifier) @_name (interpreted_string_literal) @_key])
  value: (literal_element [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding) @_bytes]))

; if password == "…", if "…" != cfg.Token
(binary_expression
  left: [(identifier) @_passed_name (selector_expression field: (field_identifier) @_passed_name)]
  operator: ["==" "!="]
  right: [(interpreted_string_literal) (raw_string_literal)] @finding)
(binary_expression
  left: [(interpreted_string_literal) (raw_string_literal)] @finding
  operator: ["==" "!="]
  right: [(identifier) @_passed_name (selector_expression field: (field_identifier) @_passed_name)])

; func jwtSecret() []byte { return []byte("…") }
(function_declaration name: (identifier) @_name
  body: (block (statement_list (return_statement (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding)])))))
(method_declaration name: (field_identifier) @_name
  body: (block (statement_list (return_statement (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding)])))))

; hmac.New(sha256.New, []byte("…")), token.SignedString([]byte("…")), os.Setenv("API_KEY", "…");
; the #match? names every callee of the catalogs in calls.ts (a test checks it), so that other
; calls are dropped by the query rather than in the measure.
(call_expression function: (_) @_call arguments: (argument_list . [
  (interpreted_string_literal) @finding (raw_string_literal) @finding
  (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding)]))
(call_expression function: (_) @_call arguments: (argument_list . (_) @_arg0 . [
  (interpreted_string_literal) @finding (raw_string_literal) @finding
  (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding)])
  (#match? @_call "(^|[.])(New|SignedString|Setenv|SetDefault|Set|NewStaticCredentials|NewStaticCredentialsProvider|Open|Connect|MustConnect|WithAPIKey|WithCredentialsJSON)$"))

; jwt.Parse(s, func(t *jwt.Token) (any, error) { return []byte("…"), nil })
(call_expression function: (_) @_keyfunc arguments: (argument_list (func_literal
  body: (block (statement_list (return_statement (expression_list . [
    (interpreted_string_literal) @finding (raw_string_literal) @finding
    (type_conversion_expression operand: [(interpreted_string_literal) (raw_string_literal)] @finding)]))))))
  (#match? @_keyfunc "(^|[.])(Parse|ParseWithClaims)$"))

; var jwtKey = []byte("…") … token.SignedString(jwtKey): a variable of the file given to a key call
(call_expression function: (_) @_call arguments: (argument_list . [(identifier) @_ref (type_conversion_expression operand: (identifier) @_ref)])
  (#match? @_call "(^|[.])(New|SignedString|Setenv|SetDefault|Set|NewStaticCredentials|NewStaticCredentialsProvider|Open|Connect|MustConnect|WithAPIKey|WithCredentialsJSON)$"))
(call_expression function: (_) @_call arguments: (argument_list . (_) @_arg0 . [(identifier) @_ref (type_conversion_expression operand: (identifier) @_ref)])
  (#match? @_call "(^|[.])(New|SignedString|Setenv|SetDefault|Set|NewStaticCredentials|NewStaticCredentialsProvider|Open|Connect|MustConnect|WithAPIKey|WithCredentialsJSON)$"))
(call_expression function: (_) @_keyfunc arguments: (argument_list (func_literal
  body: (block (statement_list (return_statement (expression_list . [(identifier) @_ref (type_conversion_expression operand: (identifier) @_ref)]))))))
  (#match? @_keyfunc "(^|[.])(Parse|ParseWithClaims)$"))
