module data-refs-api

go 1.24
