; The whole source file. The rule counts its code lines and reports the first line past the limit.
(source_file) @finding
