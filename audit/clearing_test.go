package audit

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func thb(cents int64) *big.Int  { return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16)) }
func kwhm(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

var testRules = Rules{Floor: thb(220), Ceiling: thb(415), Tick: thb(1)}

func sell(milli, cents int64) BookOrder {
	return BookOrder{Sell: true, Amount: kwhm(milli), LimitPrice: thb(cents)}
}
func buy(milli, cents int64) BookOrder {
	return BookOrder{Sell: false, Amount: kwhm(milli), LimitPrice: thb(cents)}
}

func TestReferenceClearing(t *testing.T) {
	tests := []struct {
		name       string
		book       []BookOrder
		last       *big.Int
		wantPrice  *big.Int // nil: no trade
		wantVolume *big.Int
	}{
		{name: "empty book", wantVolume: new(big.Int)},
		{name: "one-sided book", book: []BookOrder{sell(1000, 250)}, wantVolume: new(big.Int)},
		{name: "no cross", book: []BookOrder{sell(1000, 300), buy(1000, 299)}, wantVolume: new(big.Int)},
		{
			name: "single pair, no last price: middle of the range",
			book: []BookOrder{sell(1000, 250), buy(1000, 300)}, wantPrice: thb(275), wantVolume: kwhm(1000),
		},
		{
			name: "single pair, middle rounds down to a tick",
			book: []BookOrder{sell(1000, 250), buy(1000, 301)}, wantPrice: thb(275), wantVolume: kwhm(1000),
		},
		{
			name: "single pair, nearest to last price",
			book: []BookOrder{sell(1000, 250), buy(1000, 300)}, last: thb(320), wantPrice: thb(300), wantVolume: kwhm(1000),
		},
		{
			name: "last price inside the range",
			book: []BookOrder{sell(1000, 250), buy(1000, 300)}, last: thb(262), wantPrice: thb(262), wantVolume: kwhm(1000),
		},
		{
			name: "excess demand at every price: the highest",
			book: []BookOrder{sell(1000, 250), buy(600, 300), buy(600, 280)}, wantPrice: thb(280), wantVolume: kwhm(1000),
		},
		{
			name: "excess supply at every price: the lowest",
			book: []BookOrder{sell(600, 250), sell(600, 260), buy(1000, 300)}, wantPrice: thb(260), wantVolume: kwhm(1000),
		},
		{
			name:      "maximum volume decides first",
			book:      []BookOrder{sell(500, 220), sell(500, 300), buy(500, 415), buy(500, 310)},
			wantPrice: thb(305), wantVolume: kwhm(1000),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ReferenceClearing(tt.book, testRules, tt.last)
			require.Equal(t, 0, tt.wantVolume.Cmp(got.Volume), "volume %s", got.Volume)
			if tt.wantPrice == nil {
				require.Nil(t, got.Price)
				return
			}
			require.NotNil(t, got.Price)
			require.Equal(t, 0, tt.wantPrice.Cmp(got.Price), "price %s want %s", got.Price, tt.wantPrice)
		})
	}
}
