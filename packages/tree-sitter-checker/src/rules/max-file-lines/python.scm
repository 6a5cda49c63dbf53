; The whole module. The rule counts its code lines and reports the first line past the limit.
(module) @finding
