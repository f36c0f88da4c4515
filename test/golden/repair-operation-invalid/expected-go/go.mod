module operation-invalid-repair-api

go 1.24
