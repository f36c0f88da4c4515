module example/conv

go 1.24
