## ---------------------------------------------------------------- trading (issue 3)
# The Trading market's gas benchmark: real transactions on anvil --hardfork paris (whole-transaction
# gas, 21,000 base and calldata included), 1,000 verified users x 10 orders in one epoch.
# Included by the main Makefile.
.PHONY: bench-trading test-trading

BENCH_TARGETS += bench-trading
bench-trading: contracts $(NPM_STAMP) ## Trading gas on anvil (paris): table + build/bench/trading.json
	go run ./bench/trading -anvil $(CURDIR)/node_modules/.bin/anvil -out build/bench/trading.json

test-trading: contracts ## Trading forge tests (unit, fuzz, differential, invariant) and its Go binding test
	$(FORGE) test --match-path 'contracts/test/Trading*'
	go test $(GO_TEST_FLAGS) ./test/tradingbind/
