; Calls that make or raise an HTTP response (@finding), by the last name of the callee: the
; measure checks the arguments against core's catalog (PYTHON_RESPONSES) and reads what they send.
; `run` is captured for `app.run(debug=True)`.
(call
  function: [
    (identifier) @_name
    (attribute attribute: (identifier) @_name)
  ]
  (#match? @_name "^(HttpResponse|HttpResponseBadRequest|HttpResponseServerError|JsonResponse|Response|jsonify|make_response|JSONResponse|PlainTextResponse|HTMLResponse|ORJSONResponse|UJSONResponse|HTTPException|abort|run)$")) @finding

; A Flask view's `return body, status` (@finding): the measure reads the status.
(return_statement (expression_list)) @finding

; `DEBUG = True` at module level (@finding), in a settings module.
(module
  (expression_statement
    (assignment left: (identifier) @_setting right: (true)) @finding)
  (#eq? @_setting "DEBUG"))

; Imports (@_import), to resolve `format_exc` to `traceback.format_exc`.
(import_statement) @_import
(import_from_statement) @_import
