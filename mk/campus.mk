## ---------------------------------------------------------------- the whole campus (make run)
.PHONY: run services

services: ## build every command (devnet, meterbridge, metersim, oracle, keeper, tradersim, dapp, gridctl, campus) into build/bin
	go build -o $(BIN)/ ./cmd/...

run: deps services ## start the whole campus market: PostgreSQL, four signers, contracts, meters, relayer, keepers, traders, dapp
	@$(BIN)/campus

TEST_TARGETS += test-e2e
test-e2e: devnet-up pg-up services ## end-to-end: a short campus run (every service a process), then the books audited from the chain
	go test -tags integration ./test/e2e/ -count=1 -timeout 25m -v

.PHONY: drill
drill: ## fault drill during a campus run (signer down, keeper and relayer killed, PostgreSQL restarted), then the audit
	$(MAKE) --no-print-directory devnet-up pg-up services test-drill-run $(TEST_DEVNET_VARS)

test-drill-run:
	GRID_DRILL=1 go test -tags integration ./test/e2e/ -run TestFaultDrill -count=1 -timeout 30m -v
