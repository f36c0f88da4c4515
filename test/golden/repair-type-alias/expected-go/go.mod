module type-alias-repair-api

go 1.24
