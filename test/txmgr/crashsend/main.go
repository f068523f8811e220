// Command crashsend is a test-only helper of the txmgr integration tests (never built into a
// service): it sends -count transactions through a PostgreSQL-backed transaction manager and, with
// -hold-at-insert k, stops for good right after the k-th transaction's record is committed, before
// its broadcast, so that the test can look at the nodes and then kill the process there.
//
// It prints "queued <i> <nonce>" per transaction sent, "recorded <id> <nonce>" at the hold, and
// "done" when every transaction is confirmed. The database comes from PG_DSN (no secret in flags).
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/db"
	"github.com/campus-grid/gridchain/txmgr"
)

// holdingStore records through the real store and parks the k-th Insert once it has committed.
type holdingStore struct {
	txmgr.Store
	holdAt int

	mu      sync.Mutex
	inserts int
}

func (s *holdingStore) Insert(ctx context.Context, tx *txmgr.Tx) error {
	if err := s.Store.Insert(ctx, tx); err != nil {
		return err
	}
	s.mu.Lock()
	s.inserts++
	hold := s.inserts == s.holdAt
	s.mu.Unlock()
	if hold {
		fmt.Printf("recorded %d %d\n", tx.ID, tx.Nonce)
		select {} // the test kills the process here
	}
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "crashsend:", err)
		os.Exit(1)
	}
}

func run() error {
	rpcURLs := flag.String("rpc", "", "comma-separated RPC URLs")
	keyFile := flag.String("key-file", "", "file with the sender's hex private key")
	count := flag.Int("count", 3, "transactions to send")
	holdAt := flag.Int("hold-at-insert", 0, "park after the record of this transaction (1-based; 0: never)")
	flag.Parse()
	ctx := context.Background()
	log, err := zap.NewDevelopment()
	if err != nil {
		return err
	}
	key, err := loadKey(*keyFile)
	if err != nil {
		return err
	}
	pool, err := db.Open(ctx, db.Config{DSN: os.Getenv("PG_DSN"), MaxConns: 4, ConnectTimeout: 10 * time.Second}, log, txmgr.Migrations)
	if err != nil {
		return err
	}
	defer pool.Close()
	chain, err := txmgr.DialMulti(ctx, strings.Split(*rpcURLs, ","), 10*time.Second, log)
	if err != nil {
		return err
	}
	defer chain.Close()
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 1
	m, err := txmgr.New(cfg, chain, &holdingStore{Store: txmgr.NewPGStore(pool), holdAt: *holdAt}, txmgr.NewKeySigner(key), log)
	if err != nil {
		return err
	}
	if err := m.Start(ctx); err != nil {
		return err
	}
	defer m.Stop(ctx) //nolint:errcheck
	sink := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	var handles []*txmgr.Handle
	for i := 1; i <= *count; i++ {
		h, err := m.Queue(ctx, txmgr.Candidate{To: &sink, Value: big.NewInt(int64(i)), Data: []byte(fmt.Sprintf("crashsend-%d", i)),
			Label: "crashsend"})
		if err != nil {
			return err
		}
		fmt.Printf("queued %d %d\n", i, h.Nonce)
		handles = append(handles, h)
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for _, h := range handles {
		if _, err := h.Wait(wctx); err != nil {
			return err
		}
	}
	fmt.Println("done")
	return nil
}

func loadKey(path string) (*ecdsa.PrivateKey, error) {
	if path == "" {
		return nil, errors.New("-key-file is required")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
}
