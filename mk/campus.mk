## ---------------------------------------------------------------- the whole campus (make run)
.PHONY: run services

services: ## build every command (devnet, meterbridge, metersim, oracle, keeper, tradersim, dapp, gridctl, campus) into build/bin
	go build -o $(BIN)/ ./cmd/...

run: deps services ## start the whole campus market: PostgreSQL, four signers, contracts, meters, relayer, keepers, traders, dapp
	@$(BIN)/campus
