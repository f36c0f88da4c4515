module security-repair-api

go 1.24
