module auth-zoo

go 1.24
