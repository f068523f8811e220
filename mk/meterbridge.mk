## ---------------------------------------------------------------- meterbridge and metersim
# meterbridge links libsecp256k1 through cgo (go-ethereum/crypto/secp256k1); its x86-64 scalar
# assembly (USE_ASM_X86_64, libsecp256k1's --with-asm=x86_64) makes signature recovery ~10% cheaper.
MB_CGO_CFLAGS ?= $(if $(filter x86_64,$(shell uname -m)),-O2 -g -DUSE_ASM_X86_64=1,-O2 -g)

.PHONY: meterbridge metersim test-meterbridge bench-meterbridge

meterbridge: ## build build/bin/meterbridge
	CGO_CFLAGS="$(MB_CGO_CFLAGS)" go build -o $(BIN)/meterbridge ./cmd/meterbridge

metersim: ## build build/bin/metersim
	CGO_CFLAGS="$(MB_CGO_CFLAGS)" go build -o $(BIN)/metersim ./cmd/metersim

test-meterbridge: ## meterbridge against real PostgreSQL (its own throwaway cluster): bad input, durability, DB restart, TLS, cursor
	CGO_CFLAGS="$(MB_CGO_CFLAGS)" go test $(GO_TEST_FLAGS) -tags integration ./test/meterbridge/...

bench-meterbridge: meterbridge ## ingest readings/s end to end over HTTP into PostgreSQL: build/bench/readings.json
	CGO_CFLAGS="$(MB_CGO_CFLAGS)" go run ./bench/meterbridge -meterbridge $(BIN)/meterbridge -out build/bench/readings.json \
	  -meters $(or $(MB_BENCH_METERS),4000) -per-meter $(or $(MB_BENCH_PER_METER),63) -workers $(or $(MB_BENCH_WORKERS),4)

TEST_TARGETS  += test-meterbridge
BENCH_TARGETS += bench-meterbridge
