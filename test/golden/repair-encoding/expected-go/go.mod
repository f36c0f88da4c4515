module encoding-repair-api

go 1.24
