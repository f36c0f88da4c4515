module 2-names-collide-co

go 1.24
