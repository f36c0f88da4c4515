module parameter-duplicate-repair-api

go 1.24
