## ---------------------------------------------------------------- oracle relayer (oracle/, cmd/oracle)
# The relayer daemon, its integration suite on the shared devnet and its latency benchmark.
# Included by the main Makefile.
ORACLE := $(BIN)/oracle

.PHONY: oracle test-relayer bench-relay

$(ORACLE): $(shell find oracle cmd/oracle bindings txmgr db chain reading -name '*.go' 2>/dev/null) go.mod
	go build -o $@ ./cmd/oracle

oracle: $(ORACLE) ## build the oracle relayer into build/bin/oracle

TEST_TARGETS += test-relayer
test-relayer: devnet-up pg-up ## relayer on the devnet: metersim readings -> meterbridge -> relayer processes; crash/restart; two relayers
	go test -tags integration ./test/oracle/ -count=1 -timeout 30m -v

BENCH_TARGETS += bench-relay
bench-relay: devnet-up pg-up ## blocks from a reading's acceptance by meterbridge to GRID minted, at idle: build/bench/relay.json
	go run ./bench/relay -samples 10 -out build/bench/relay.json
