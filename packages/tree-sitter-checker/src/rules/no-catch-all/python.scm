; Every `except` clause (@finding), `except*` included; the measure reads the exception types
; and the handler body to decide whether it catches everything and swallows the error.
(except_clause) @finding
