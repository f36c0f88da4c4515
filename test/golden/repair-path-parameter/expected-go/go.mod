module path-parameter-repair-api

go 1.24
