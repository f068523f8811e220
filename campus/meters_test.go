package campus

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/metersim"
)

func addrs(n int, base byte) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.Address{base, byte(i)}
	}
	return out
}

func TestMeterPlan(t *testing.T) {
	meters := metersim.NewMeters("plan", "CAMPUS", 0, 60)
	prosumers, consumers := addrs(3, 1), addrs(4, 2)
	plan, err := MeterPlan(meters, prosumers, consumers)
	require.NoError(t, err)
	require.Len(t, plan, 60)
	count := map[common.Address]int{}
	for _, m := range meters {
		owner := plan[m.ID]
		count[owner]++
		if m.Profile.Kind == metersim.Solar {
			require.Contains(t, prosumers, owner, "rooftop solar goes to prosumers")
		} else {
			require.Contains(t, consumers, owner, "loads go to consumers")
		}
	}
	for owner, n := range count {
		require.LessOrEqual(t, n, 10, "owner %s", owner)
	}
}

func TestMeterPlanTooManyMeters(t *testing.T) {
	meters := metersim.NewMeters("plan", "CAMPUS", 0, 60)
	_, err := MeterPlan(meters, addrs(2, 1), addrs(2, 2))
	require.ErrorIs(t, err, ErrNotEnoughUsers)
}
