## ---------------------------------------------------------------- PostgreSQL (project-local)
# A PostgreSQL 15 cluster under build/pg on 127.0.0.1:55432 for the services and the tests.
PG_PORT ?= 55432
PG_DIR  ?= $(CURDIR)/build/pg
PG_DSN  ?= postgres://gridchain:gridchain@127.0.0.1:$(PG_PORT)/gridchain?sslmode=disable
export PG_DSN PG_PORT PG_DIR

.PHONY: pg-up pg-down pg-reset pg-status test-txmgr

pg-up: ## start the project-local PostgreSQL (a no-op when running); prints PG_DSN
	@tools/pg.sh up

pg-down: ## stop the project-local PostgreSQL
	@tools/pg.sh down

pg-reset: ## stop the project-local PostgreSQL and wipe its data
	@tools/pg.sh reset

pg-status: ## exit 0 when the project-local PostgreSQL is up and accepts the gridchain role
	@tools/pg.sh status

test-txmgr: pg-up ## txmgr and db integration tests against the project-local PostgreSQL
	go test $(GO_TEST_FLAGS) -tags integration ./test/txmgr/...

TEST_TARGETS += test-txmgr

.PHONY: test-gridctl
test-gridctl: devnet-up ## gridctl against the shared devnet (user, meter, token, role and signer commands)
	go test $(GO_TEST_FLAGS) -tags integration -timeout 10m ./test/gridctl/...

TEST_TARGETS += test-gridctl
