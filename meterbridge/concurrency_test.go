package meterbridge

import (
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/reading"
)

// Concurrent batches touching the same meters: each meter's readings stay in seq order in the
// store, none is stored twice, and the cursor horizon ends at the last id.
func TestConcurrentBatchesSameMeters(t *testing.T) {
	e := newTestEnv(t, 8)
	const rounds = 20
	// Every round posts each meter's next reading twice, from two goroutines at once.
	for round := 0; round < rounds; round++ {
		b := e.batch(0, 1, 2, 3, 4, 5, 6, 7)
		var wg sync.WaitGroup
		answers := make([]answer, 2)
		for k := 0; k < 2; k++ {
			wg.Add(1)
			go func(k int, b []reading.Signed) {
				defer wg.Done()
				answers[k] = e.post(b)
			}(k, b)
		}
		wg.Wait()
		require.Equal(t, http.StatusOK, answers[0].status, answers[0].raw)
		require.Equal(t, http.StatusOK, answers[1].status, answers[1].raw)
		require.EqualValues(t, 8, answers[0].body["accepted"].(float64)+answers[1].body["accepted"].(float64),
			"one of the two stored the batch, the other saw duplicates")
	}
	require.Len(t, e.store.rows, 8*rounds)
	require.EqualValues(t, 8*rounds, e.in.Horizon())
}
