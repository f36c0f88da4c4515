#!/usr/bin/env bash
# Fills the Go module cache with the modules the Go code needs, pinned by go.mod and go.sum (test/go/realtime, and
# generated/go once it exists), from the Go module proxy, so that Go tests then run offline
# (`GOFLAGS=-mod=mod GOPROXY=off go test ./...`). Quick when the cache already holds them: nothing is fetched.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v go >/dev/null 2>&1; then
  echo "error: the Go toolchain is missing; install Go 1.23+ (https://go.dev/dl/) for the Go tests." >&2
  exit 1
fi
for module in test/go/realtime generated/go; do
  [ -f "$module/go.mod" ] || continue
  # Offline first: succeeds without a network when every pinned module is in the cache.
  if (cd "$module" && GOPROXY=off GOFLAGS= go mod download >/dev/null 2>&1); then continue; fi
  echo "Downloading the Go modules of $module (go.sum pins them)..."
  (cd "$module" && GOFLAGS= go mod download)
done
