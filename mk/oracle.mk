## ---------------------------------------------------------------- OracleClient (contract side)
# The shared EIP-712 reading vectors and the on-chain gas benchmark. Included by the main Makefile.
ORACLE_VECTORS     := contracts/test/vectors/readings.json
ORACLE_VECTORS_GEN := build/oracle/readings.json

.PHONY: oracle-vectors check-oracle-vectors bench-oracle

oracle-vectors: $(NPM_STAMP) ## regenerate contracts/test/vectors/readings.json from the Solidity test
	$(FORGE) test --match-contract OracleClientVectorsTest
	mkdir -p $(dir $(ORACLE_VECTORS))
	cp $(ORACLE_VECTORS_GEN) $(ORACLE_VECTORS)

TEST_TARGETS += check-oracle-vectors
check-oracle-vectors: $(NPM_STAMP) ## fail when the committed reading vectors differ from what the contract produces
	$(FORGE) test --match-contract OracleClientVectorsTest
	@if ! cmp -s $(ORACLE_VECTORS_GEN) $(ORACLE_VECTORS); then \
	  echo "$(ORACLE_VECTORS) is stale: run 'make oracle-vectors' and commit"; exit 1; fi
	@echo "oracle vectors: up to date"

BENCH_TARGETS += bench-oracle
bench-oracle: $(NPM_STAMP) ## gas per reading of submitReadings (100 minting readings, paris, anvil): build/bench/oracle.json
	go run ./bench/oracle -anvil $(CURDIR)/node_modules/.bin/anvil -out build/bench/oracle.json
