# The four-signer development network (chain/devnet, cmd/devnet), its integration suite and its
# benchmark. Included by the main Makefile.
DEVNET     := $(BIN)/devnet

.PHONY: devnet-up devnet-down devnet-reset devnet-status test-chain bench-chain

$(DEVNET): $(shell find chain cmd/devnet bindings -name '*.go' 2>/dev/null) go.mod
	go build -o $@ ./cmd/devnet

devnet-up: $(GETH) $(DEVNET) ## start the four signers (creating the chain the first time), deploy, write build/devnet/deployment.json
	$(DEVNET) --dir $(DEVNET_DIR) $(DEVNET_FLAGS) up

devnet-down: $(DEVNET) ## stop the devnet processes started by devnet-up
	$(DEVNET) --dir $(DEVNET_DIR) $(DEVNET_FLAGS) down

devnet-reset: $(DEVNET) ## stop the devnet and wipe build/devnet
	$(DEVNET) --dir $(DEVNET_DIR) $(DEVNET_FLAGS) reset

devnet-status: $(DEVNET) ## show each node's head, peers and head age
	$(DEVNET) --dir $(DEVNET_DIR) $(DEVNET_FLAGS) status

TEST_TARGETS += test-chain
test-chain: devnet-up ## integration suite of the chain itself (faults, governance, hardening) on the shared devnet
	go test -tags integration ./test/chain/ -count=1 -timeout 20m

BENCH_TARGETS += bench-chain
bench-chain: devnet-up ## GRID transfers through the devnet: build/bench/chain.json
	go run ./bench/chain -out build/bench/chain.json
