; Names a Python author chooses (@finding): functions, classes, assignment and loop targets,
; parameters, `as` targets, walrus names and match captures. Imported names are never captured; index.ts
; decides the kind of each name from where it stands.
(function_definition name: (identifier) @finding)
(class_definition name: (identifier) @finding)

(assignment left: (identifier) @finding)
(assignment left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding) (list_pattern (identifier) @finding)])
(for_statement left: (identifier) @finding)
(for_statement left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding)])
(for_in_clause left: (identifier) @finding)
(for_in_clause left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding)])
; a, [b, c] = ...; for i, (key, value) in ...: nested targets
(pattern_list [(tuple_pattern (identifier) @finding) (list_pattern (identifier) @finding)])
(tuple_pattern [(tuple_pattern (identifier) @finding) (list_pattern (identifier) @finding)])
(list_pattern [(tuple_pattern (identifier) @finding) (list_pattern (identifier) @finding)])
(as_pattern_target [(identifier) @finding (tuple (identifier) @finding) (list (identifier) @finding)])
(named_expression name: (identifier) @finding)
; match captures: case [first, *rest], case {"k": value}, case Point() as point (`case Color.RED` reads a value)
(case_pattern (dotted_name . (identifier) @finding .))
(case_pattern (splat_pattern (identifier) @finding))
(as_pattern (case_pattern) (identifier) @finding)

[(parameters (identifier) @finding) (lambda_parameters (identifier) @finding)]
[(parameters (default_parameter name: (identifier) @finding)) (lambda_parameters (default_parameter name: (identifier) @finding))]
(typed_parameter . (identifier) @finding)
(typed_default_parameter name: (identifier) @finding)
(list_splat_pattern (identifier) @finding)
(dictionary_splat_pattern (identifier) @finding)
