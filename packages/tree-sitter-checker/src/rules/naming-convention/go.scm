; Names a Go author declares (@finding): package, functions, methods, types, constants,
; variables (`var` and `:=`), range variables, parameters and results, struct fields,
; interface methods and type parameters. index.ts decides the kind of each name.
(package_clause (package_identifier) @finding)
(function_declaration name: (identifier) @finding)
(method_declaration name: (field_identifier) @finding)
(type_spec name: (type_identifier) @finding)
(type_alias name: (type_identifier) @finding)
(const_spec name: (identifier) @finding)
(var_spec name: (identifier) @finding)
(short_var_declaration left: (expression_list (identifier) @finding))
(range_clause left: (expression_list (identifier) @finding))
(parameter_declaration name: (identifier) @finding)
(variadic_parameter_declaration name: (identifier) @finding)
(field_declaration name: (field_identifier) @finding)
(method_elem name: (field_identifier) @finding)
(type_parameter_declaration name: (identifier) @finding)

