; Python string literals (@finding), bytes and f-strings included; an implicit concatenation
; ("a" "b") is one literal, its parts (@_part) are not checked on their own. Every literal is
; checked for token formats; the patterns after the first three also capture what the literal
; is bound to: @_name (a name node), @_key (a string naming it), @_call with @_arg0 or
; @_keyword (its callee, first argument, keyword), for the measure's catalogs.
(string) @finding
(concatenated_string) @finding
(concatenated_string (string) @_part)

; password = "…", SECRET_KEY: str = "…", self.api_key = "…", app.config["SECRET_KEY"] = "…"
(assignment
  left: [(identifier) @_name (attribute attribute: (identifier) @_name) (subscript subscript: (string) @_key)]
  right: [(string) @finding (concatenated_string) @finding (parenthesized_expression [(string) (concatenated_string)] @finding)])

; Session signing keys, used whatever they say: Flask `app.secret_key = "…"`,
; `app.config["SECRET_KEY"] = "…"`, Django settings and config classes `SECRET_KEY = "…"`
(assignment left: (_) @_setting right: (string) @finding
  (#match? @_setting "^SECRET_KEY$|[.]secret_key$|\\[[\"']SECRET_KEY[\"']\\]$"))

; {"password": "…"}
(pair key: (string) @_key value: [(string) (concatenated_string)] @finding)

; connect(password="…"), def login(user, password="…"), def f(token: str = "…")
(keyword_argument name: (identifier) @_name value: [(string) (concatenated_string)] @finding)
(default_parameter name: (identifier) @_name value: [(string) (concatenated_string)] @finding)
(typed_default_parameter name: (identifier) @_name value: [(string) (concatenated_string)] @finding)

; if password == "…", if "…" != self.token
(comparison_operator
  [(identifier) @_name (attribute attribute: (identifier) @_name) (subscript subscript: (string) @_key)]
  ["==" "!="] (string) @finding)
(comparison_operator
  (string) @finding ["==" "!="]
  [(identifier) @_name (attribute attribute: (identifier) @_name) (subscript subscript: (string) @_key)])

; def get_jwt_secret(): return "…"
(function_definition name: (identifier) @_name body: (block (return_statement (string) @finding)))

; jwt.encode(payload, "…"), hmac.new(b"…", …), os.environ.get("SECRET_KEY", "…"), jwt.decode(t, key="…");
; the #match? names every callee of the catalogs in calls.ts (a test checks it), so that other
; calls are dropped by the query rather than in the measure. Keyword arguments of any call
; (`connect(password="…")`) are named by their keyword.
(call function: (_) @_call arguments: (argument_list . (string) @finding)
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config)$"))
(call function: (_) @_call arguments: (argument_list . (_) @_arg0 . (string) @finding)
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config)$"))
(call function: (_) @_call
  arguments: (argument_list (keyword_argument name: (identifier) @_keyword value: (string) @finding))
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config)$"))
(call function: (_) @_call
  arguments: (argument_list . (string) @_arg0 (keyword_argument name: (identifier) @_keyword value: (string) @finding))
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config)$"))
