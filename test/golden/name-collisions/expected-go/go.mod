module 2-names-collide-co

go 1.24

require github.com/coder/websocket v1.8.15
