module parameter-invalid-repair-api

go 1.24
