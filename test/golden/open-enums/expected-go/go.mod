module open-enums

go 1.24
