; What this rule matches in Python: @finding is the node reported, @_name captures feed predicates.
