module unused-path-parameter-repair-api

go 1.24
