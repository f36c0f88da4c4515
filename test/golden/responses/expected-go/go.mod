module media-api

go 1.24
