module cartesia-gen/client

go 1.24
