module query-string-repair-api

go 1.24
