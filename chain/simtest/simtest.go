// Package simtest holds what tests on go-ethereum's simulated backend (ethclient/simulated) share.
package simtest

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// poolCatchUp bounds how long AdjustTime waits for the transaction pool to drop what was just mined.
const poolCatchUp = 10 * time.Second

// AdjustTime seals an empty block d after the head, as simulated.Backend.AdjustTime does, once the
// pool has caught up with the head. The simulated backend refuses to adjust time while its pool
// lists a pending transaction, and the pool drops a mined transaction only when it processes the
// new head, asynchronously: right after a Commit (and even after the receipt is readable) a loaded
// machine can still list it, and the adjustment fails for no fault of the test. A transaction that
// is really pending stays listed, and AdjustTime then fails the test after poolCatchUp.
func AdjustTime(t testing.TB, sim *simulated.Backend, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(poolCatchUp)
	for {
		err := sim.AdjustTime(d)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			t.Fatalf("adjust time by %s: %v", d, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
