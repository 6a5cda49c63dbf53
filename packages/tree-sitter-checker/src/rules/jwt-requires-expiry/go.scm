; What this rule matches in Go: @finding is the node reported, @_name captures feed predicates.
