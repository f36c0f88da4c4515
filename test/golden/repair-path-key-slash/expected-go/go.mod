module path-slash-repair-api

go 1.24
