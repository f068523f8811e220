package reading

import (
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// minChunk keeps goroutine overhead small against a ~30µs recovery.
const minChunk = 32

// RecoverBatch recovers the signer of every reading, spread over up to workers goroutines
// (GOMAXPROCS when workers <= 0). signers[i] and errs[i] belong to readings[i].
func (d *Domain) RecoverBatch(readings []Signed, workers int) (signers []common.Address, errs []error) {
	n := len(readings)
	signers = make([]common.Address, n)
	errs = make([]error, n)
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if max := (n + minChunk - 1) / minChunk; workers > max {
		workers = max
	}
	if workers <= 1 {
		for i := range readings {
			signers[i], errs[i] = d.Recover(&readings[i])
		}
		return signers, errs
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				signers[i], errs[i] = d.Recover(&readings[i])
			}
		}(lo, hi)
	}
	wg.Wait()
	return signers, errs
}
