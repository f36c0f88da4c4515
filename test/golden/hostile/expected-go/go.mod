module hostile-client

go 1.24
