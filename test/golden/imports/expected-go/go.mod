module imports-api

go 1.24
