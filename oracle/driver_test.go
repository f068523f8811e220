package oracle_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/oracle"
	"github.com/campus-grid/gridchain/oracle/oracletest"
	"github.com/campus-grid/gridchain/reading"
)

func TestDriver(t *testing.T) {
	oracletest.RunDriverSuite(t, func(*testing.T, string) oracle.Store { return oracle.NewMemoryStore() })
}

func TestDriver_OrderBatchKeepsSeqOrderPerMeter(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	mk := func(m common.Hash, seq uint64) oracle.Reading {
		return oracle.Reading{Signed: reading.Signed{Reading: reading.Reading{MeterID: m, Seq: seq}}}
	}
	rs := []oracle.Reading{mk(a, 3), mk(b, 1), mk(a, 1), mk(b, 2), mk(a, 2)}
	oracle.OrderBatch(rs)
	var got []string
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%x/%d", r.MeterID[31], r.Seq))
	}
	require.Equal(t, []string{"a/1", "b/1", "a/2", "b/2", "a/3"}, got)
}

func TestMeterView_Covers(t *testing.T) {
	owner := common.HexToAddress("0xb0b")
	// The meter's second assignment began at t=10,000; its counters are applied up to seq 20.
	current := oracle.MeterView{Seq: 20, IntervalEnd: 12_000, Assignment: 2, Owner: owner, RegistryAssignment: 2, AssignedAt: 10_000}
	tests := []struct {
		name        string
		view        oracle.MeterView
		seq, end    uint64
		wantCovered bool
	}{
		{"applied reading of the current assignment", current, 15, 11_000, true},
		{"reading that starts the current assignment", current, 20, 10_000, true},
		{"newer reading of the current assignment", current, 21, 12_900, false},
		// Metered while the previous owner held the meter: OracleClient credits it to them, whatever
		// the current assignment's seq.
		{"late reading of the previous assignment", current, 5, 9_000, false},
		{"late reading after the unassignment", oracle.MeterView{Seq: 20, IntervalEnd: 12_000, Assignment: 2, RegistryAssignment: 2}, 5, 9_000, false},
		{"current assignment has no reading yet", oracle.MeterView{Owner: owner, RegistryAssignment: 2, AssignedAt: 10_000}, 0, 11_000, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.wantCovered, tc.view.Covers(tc.seq, tc.end))
		})
	}
}
