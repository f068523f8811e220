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
