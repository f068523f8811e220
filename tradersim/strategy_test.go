package tradersim

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func e(v float64) *big.Int { // units of 1e18 (kWh or THB)
	out, _ := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e18)).Int(nil)
	return out
}

func testGrid() Grid {
	return Grid{Floor: e(2.20), Ceiling: e(4.15), Tick: e(0.01), Quantum: e(0.001), MinAmount: e(0.1)}
}

func onGrid(t *testing.T, g Grid, o *Order) {
	t.Helper()
	require.GreaterOrEqual(t, o.LimitPrice.Cmp(g.Floor), 0, "price below floor")
	require.LessOrEqual(t, o.LimitPrice.Cmp(g.Ceiling), 0, "price above ceiling")
	require.Zero(t, new(big.Int).Mod(new(big.Int).Sub(o.LimitPrice, g.Floor), g.Tick).Sign(), "price off tick")
	require.Zero(t, new(big.Int).Mod(o.Amount, g.Quantum).Sign(), "amount off quantum")
	require.GreaterOrEqual(t, o.Amount.Cmp(g.MinAmount), 0, "amount below minimum")
}

func TestOrdersStayOnTheGrid(t *testing.T) {
	g := testGrid()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		s := Strategy(i % int(strategyCount))
		last := g.priceAt(rng.Float64())
		if i%7 == 0 {
			last = nil // no earlier trade
		}
		if o := SellOrder(rng, s, g, e(0.05+5*rng.Float64()), last); o != nil {
			require.True(t, o.Sell)
			onGrid(t, g, o)
		}
		funds := e(1 + 50*rng.Float64())
		if o := BuyOrder(rng, s, g, e(0.1+3*rng.Float64()), funds, last); o != nil {
			require.False(t, o.Sell)
			onGrid(t, g, o)
			escrow := new(big.Int).Div(new(big.Int).Mul(o.Amount, o.LimitPrice), big.NewInt(1e18))
			require.LessOrEqual(t, escrow.Cmp(funds), 0, "buyer bids more than it can pay")
		}
	}
}

func TestNoOrderBelowMinimum(t *testing.T) {
	g := testGrid()
	rng := rand.New(rand.NewPCG(3, 4))
	require.Nil(t, SellOrder(rng, Thrifty, g, e(0.09), nil))
	require.Nil(t, BuyOrder(rng, Eager, g, e(2), e(0.1), nil), "0.1 THB cannot pay for 0.1 kWh")
	require.NotNil(t, SellOrder(rng, Thrifty, g, e(0.1), nil), "the whole balance is offered when a share is too small")
}

// Across the strategies the simulated book crosses: the highest bids exceed the lowest asks, so
// epochs clear with volume.
func TestStrategiesCross(t *testing.T) {
	g := testGrid()
	rng := rand.New(rand.NewPCG(5, 6))
	minAsk, maxBid := g.Ceiling, g.Floor
	for i := 0; i < 60; i++ {
		s := Strategy(i % int(strategyCount))
		if o := SellOrder(rng, s, g, e(3), nil); o != nil && o.LimitPrice.Cmp(minAsk) < 0 {
			minAsk = o.LimitPrice
		}
		if o := BuyOrder(rng, s, g, e(1), e(100), nil); o != nil && o.LimitPrice.Cmp(maxBid) > 0 {
			maxBid = o.LimitPrice
		}
	}
	require.Greater(t, maxBid.Cmp(minAsk), 0)
}
