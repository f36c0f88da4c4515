module schema-features

go 1.24
