package reading_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/reading"
)

func TestAssignmentAt(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	// Assignment 1 from 100 to 200, 2 from 200 to 200 (same block), 3 from 300 on.
	history := []reading.Assignment{
		{Number: 1, Owner: a, AssignedAt: 100, UnassignedAt: 200},
		{Number: 2, Owner: b, AssignedAt: 200, UnassignedAt: 200},
		{Number: 3, Owner: a, AssignedAt: 300},
	}
	tests := []struct {
		t    uint64
		want uint32 // 0: none
	}{
		{0, 0}, {99, 0}, {100, 1}, {199, 1},
		{200, 2}, // the later assignment takes the instant it begins
		{201, 0}, {299, 0}, {300, 3}, {1 << 40, 3},
	}
	for _, tc := range tests {
		got, ok := reading.AssignmentAt(history, tc.t)
		require.Equal(t, tc.want != 0, ok, "t=%d", tc.t)
		require.Equal(t, tc.want, got.Number, "t=%d", tc.t)
	}
	_, ok := reading.AssignmentAt(nil, 5)
	require.False(t, ok)
	_, ok = reading.AssignmentAt(history[:2], 250)
	require.False(t, ok, "after the last ended assignment")
}
