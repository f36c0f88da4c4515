module query-params-api

go 1.24
