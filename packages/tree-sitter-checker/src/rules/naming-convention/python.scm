; Names a Python author chooses (@finding): functions, classes, assignment and loop targets,
; parameters, `as` targets and walrus names. Imported names are never captured; index.ts
; decides the kind of each name from where it stands.
(function_definition name: (identifier) @finding)
(class_definition name: (identifier) @finding)

(assignment left: (identifier) @finding)
(assignment left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding) (list_pattern (identifier) @finding)])
(for_statement left: (identifier) @finding)
(for_statement left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding)])
(for_in_clause left: (identifier) @finding)
(for_in_clause left: [(pattern_list (identifier) @finding) (tuple_pattern (identifier) @finding)])
(as_pattern_target (identifier) @finding)
(named_expression name: (identifier) @finding)

[(parameters (identifier) @finding) (lambda_parameters (identifier) @finding)]
[(parameters (default_parameter name: (identifier) @finding)) (lambda_parameters (default_parameter name: (identifier) @finding))]
(typed_parameter . (identifier) @finding)
(typed_default_parameter name: (identifier) @finding)
(list_splat_pattern (identifier) @finding)
(dictionary_splat_pattern (identifier) @finding)
