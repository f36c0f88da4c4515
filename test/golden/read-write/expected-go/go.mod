module read-write-api

go 1.24
