module form-ref-api

go 1.24
