module paged-api

go 1.24
