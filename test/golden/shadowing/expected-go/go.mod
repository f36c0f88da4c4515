module shadowing-api

go 1.24
