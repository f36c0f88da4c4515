module upload-api

go 1.24
