; Python string literals (@finding), bytes and f-strings included; an implicit concatenation
; ("a" "b") is one literal, its parts (@_part) are not checked on their own. Every literal is
; checked for token formats; the patterns after the first three also capture what the literal
; is bound to: @_var (a variable), @_name (an attribute), @_key (a string naming it),
; @_passed_name / @_passed_key (the same for a literal handed over: keyword argument, default,
; comparison), @_tuple (a tuple assignment), @_call with @_arg0 or @_keyword (its callee, first
; argument, keyword), for the measure's catalogs; @_ref is a variable given to a key call.
(string) @finding
(concatenated_string) @finding
(concatenated_string (string) @_part)

; password = "…", SECRET_KEY: str = "…", self.api_key = "…", app.config["SECRET_KEY"] = "…"
(assignment
  left: [(identifier) @_var (attribute attribute: (identifier) @_name) (subscript subscript: (string) @_key)]
  right: [(string) @finding (concatenated_string) @finding (parenthesized_expression [(string) (concatenated_string)] @finding)])

; Session signing keys, used whatever they say: Flask `app.secret_key = "…"`,
; `app.config["SECRET_KEY"] = "…"`, Django settings and config classes `SECRET_KEY = "…"`
(assignment left: (_) @_setting right: (string) @finding
  (#match? @_setting "^SECRET_KEY$|[.]secret_key$|\\[[\"']SECRET_KEY[\"']\\]$"))

; password = "…" + suffix: the literal start of a concatenation is the constant part of the value
(assignment left: [(identifier) @_name (attribute attribute: (identifier) @_name)]
  right: (binary_operator left: (string) @finding operator: "+"))

; user, password = "…", "…"
(assignment left: (pattern_list) right: (expression_list (string) @finding)) @_tuple

; Flask `app.config.update(SECRET_KEY="…")`, `app.config.from_mapping(SECRET_KEY="…")`
(keyword_argument name: (identifier) @_setting value: (string) @finding (#eq? @_setting "SECRET_KEY"))

; {"password": "…"}
(pair key: (string) @_key value: [(string) (concatenated_string)] @finding)

; connect(password="…"), def login(user, password="…"), def f(token: str = "…")
(keyword_argument name: (identifier) @_passed_name value: [(string) (concatenated_string)] @finding)
(default_parameter name: (identifier) @_passed_name value: [(string) (concatenated_string)] @finding)
(typed_default_parameter name: (identifier) @_passed_name value: [(string) (concatenated_string)] @finding)

; if password == "…", if "…" != self.token
(comparison_operator
  [(identifier) @_passed_name (attribute attribute: (identifier) @_passed_name) (subscript subscript: (string) @_passed_key)]
  ["==" "!="] (string) @finding)
(comparison_operator
  (string) @finding ["==" "!="]
  [(identifier) @_passed_name (attribute attribute: (identifier) @_passed_name) (subscript subscript: (string) @_passed_key)])

; def get_jwt_secret(): return "…"
(function_definition name: (identifier) @_name body: (block (return_statement (string) @finding)))

; jwt.encode(payload, "…"), hmac.new(b"…", …), os.environ.get("SECRET_KEY", "…"), jwt.decode(t, key="…");
; every #match? on @_call names every callee of the catalogs in calls.ts (a test checks it), so that other
; calls are dropped by the query rather than in the measure. Keyword arguments of any call
; (`connect(password="…")`) are named by their keyword.
(call function: (_) @_call arguments: (argument_list . (string) @finding)
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
(call function: (_) @_call arguments: (argument_list . (_) @_arg0 . (string) @finding)
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
(call function: (_) @_call
  arguments: (argument_list (keyword_argument name: (identifier) @_keyword value: (string) @finding))
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
(call function: (_) @_call
  arguments: (argument_list . (string) @_arg0 (keyword_argument name: (identifier) @_keyword value: (string) @finding))
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))

; SECRET = "…" … jwt.encode(payload, SECRET), hmac.new(SECRET.encode(), …): a variable of the file given to a key call
(call function: (_) @_call arguments: (argument_list . (_) @_arg0 . [(identifier) @_ref (call function: (attribute object: (identifier) @_ref))])
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
(call function: (_) @_call arguments: (argument_list . [(identifier) @_ref (call function: (attribute object: (identifier) @_ref))])
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
(call function: (_) @_call
  arguments: (argument_list (keyword_argument name: (identifier) @_keyword value: [(identifier) @_ref (call function: (attribute object: (identifier) @_ref))]))
  (#match? @_call "(^|[.])(encode|decode|new|digest|HMAC|[A-Za-z]*Signer|[A-Za-z]*Serializer|getenv|get|setdefault|env|str|config|client|resource|Session|connect|create_pool|create_engine|create_async_engine|from_url|MongoClient)$"))
