module operation-id-repair-api

go 1.24
