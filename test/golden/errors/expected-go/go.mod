module errors-api

go 1.24
