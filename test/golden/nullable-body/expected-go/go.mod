module nullable-body-api

go 1.24
