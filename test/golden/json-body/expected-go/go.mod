module json-body-api

go 1.24
