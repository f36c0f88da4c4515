module echo-voice-api

go 1.24
