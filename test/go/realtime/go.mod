// The module the realtime runtime's tests run in (test/go/realtime-runtime.test.ts copies
// templates/go/runtime/realtime into it). Its require line and go.sum are the ones the generated module needs.
module realtimetest

go 1.23

require github.com/coder/websocket v1.8.15
