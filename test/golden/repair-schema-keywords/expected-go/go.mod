module schema-keyword-repair-api

go 1.24
