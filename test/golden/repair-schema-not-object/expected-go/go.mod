module schema-not-object-repair-api

go 1.24
