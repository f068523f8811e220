package gridctl

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/trading"
)

func wei(t *testing.T, s string) *big.Int {
	t.Helper()
	v, err := parseAmount(s)
	require.NoError(t, err)
	return v
}

// devnetRules are the market rules of the devnet deployment (and of the production defaults).
func devnetRules(t *testing.T, fee string) trading.ITradingMarketRules {
	return trading.ITradingMarketRules{PriceFloor: wei(t, "2.2"), PriceCeiling: wei(t, "4.15"), PriceTick: wei(t, "0.01"),
		AmountQuantum: wei(t, "0.001"), MinOrderAmount: wei(t, "0.1"), MaxOrdersPerUser: big.NewInt(100),
		MaxOrdersPerEpoch: big.NewInt(10_000), WheelingFeePerKwh: wei(t, fee)}
}

func TestOrderTerms(t *testing.T) {
	rules := devnetRules(t, "0")
	tests := []struct {
		name, amount, price string
		wantAmount          string // base units; "" when an error is expected
		wantPrice           string
		wantErr             string
	}{
		{name: "example of the docs", amount: "1.25", price: "3.10", wantAmount: "1250000000000000000", wantPrice: "3100000000000000000"},
		{name: "minimum at the floor", amount: "0.1", price: "2.2", wantAmount: "100000000000000000", wantPrice: "2200000000000000000"},
		{name: "ceiling", amount: "7", price: "4.15", wantAmount: "7000000000000000000", wantPrice: "4150000000000000000"},
		{name: "trailing zeros are exact", amount: "0.100000", price: "3.100000000000000000", wantAmount: "100000000000000000", wantPrice: "3100000000000000000"},
		{name: "leading dot", amount: ".125", price: "2.99", wantAmount: "125000000000000000", wantPrice: "2990000000000000000"},
		{name: "no float rounding (0.1+0.2 style)", amount: "0.3", price: "2.3", wantAmount: "300000000000000000", wantPrice: "2300000000000000000"},
		{name: "off the quantum", amount: "0.1005", price: "3", wantErr: "not a multiple of the market's quantum 0.001 kWh"},
		{name: "one base unit off the quantum", amount: "0.100000000000000001", price: "3", wantErr: "not a multiple of the market's quantum"},
		{name: "below the minimum", amount: "0.099", price: "3", wantErr: "below the minimum order of 0.1 kWh"},
		{name: "too large for one order", amount: "2000000000", price: "3", wantErr: "more than one order can hold"},
		{name: "off the tick", amount: "1", price: "3.105", wantErr: "off the tick grid: limit prices go from 2.2 to 4.15 THB/kWh in steps of 0.01"},
		{name: "one base unit off the tick", amount: "1", price: "3.000000000000000001", wantErr: "off the tick grid"},
		{name: "below the floor", amount: "1", price: "2.19", wantErr: "outside the market's range"},
		{name: "above the ceiling", amount: "1", price: "4.16", wantErr: "outside the market's range"},
		{name: "zero amount", amount: "0", price: "3", wantErr: "--amount must be more than 0 kWh"},
		{name: "zero price", amount: "1", price: "0.00", wantErr: "--price must be more than 0"},
		{name: "negative amount", amount: "-1", price: "3", wantErr: "--amount: \"-1\" is not a non-negative decimal amount"},
		{name: "exponent", amount: "1e3", price: "3", wantErr: "--amount: \"1e3\" is not a non-negative decimal amount"},
		{name: "comma decimal", amount: "1", price: "3,10", wantErr: "--price: \"3,10\" is not a non-negative decimal amount"},
		{name: "two dots", amount: "1.2.3", price: "3", wantErr: "--amount"},
		{name: "trailing dot", amount: "1.", price: "3", wantErr: "is not an amount"},
		{name: "too many decimals", amount: "1", price: "3.0000000000000000001", wantErr: "more than 18 decimals"},
		{name: "missing amount", amount: "", price: "3", wantErr: "--amount (kWh) is required"},
		{name: "missing price", amount: "1", price: "", wantErr: "--price (THB/kWh) is required"},
		{name: "words", amount: "lots", price: "cheap", wantErr: "--amount"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			amount, price, err := orderTerms(tt.amount, tt.price, rules)
			if tt.wantErr != "" {
				require.ErrorIs(t, err, ErrUsage, "off-grid and malformed terms are wrong arguments (exit 2)")
				require.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.wantAmount, amount.String())
			require.Equal(t, tt.wantPrice, price.String())
		})
	}
}

func TestOrderTerms_RulesOfTheEpoch(t *testing.T) {
	// A coarser grid (governance changed the rules): a price valid before is now off the grid,
	// and the grid is anchored at the floor, not at zero (3.10 is a multiple of 0.05, yet off a
	// grid that starts at 2.23).
	r := devnetRules(t, "0")
	r.PriceFloor, r.PriceTick, r.AmountQuantum, r.MinOrderAmount = wei(t, "2.23"), wei(t, "0.05"), wei(t, "0.01"), wei(t, "0.5")
	_, _, err := orderTerms("1", "3.10", r)
	require.ErrorContains(t, err, "off the tick grid: limit prices go from 2.23 to 4.15 THB/kWh in steps of 0.05")
	_, price, err := orderTerms("1", "3.13", r)
	require.NoError(t, err)
	require.Equal(t, wei(t, "3.13"), price)
	_, _, err = orderTerms("0.505", "3.13", r)
	require.ErrorContains(t, err, "quantum 0.01 kWh")
	_, _, err = orderTerms("0.49", "3.13", r)
	require.ErrorContains(t, err, "minimum order of 0.5 kWh")

	// Unset rules (an unreadable epoch) are an error, not a division by zero.
	_, _, err = orderTerms("1", "3", trading.ITradingMarketRules{})
	require.ErrorContains(t, err, "rules of the epoch are not set")
	require.NotErrorIs(t, err, ErrUsage)
}

func TestBuyEscrow(t *testing.T) {
	tests := []struct{ amount, price, fee, want string }{
		{"1.25", "3.10", "0", "3.875"},
		{"0.1", "2.2", "0", "0.22"},
		{"0.1", "2.2", "0.5", "0.27"},
		{"0.001", "2.21", "0.03", "0.00224"},
	}
	for _, tt := range tests {
		got := buyEscrow(wei(t, tt.amount), wei(t, tt.price), devnetRules(t, tt.fee))
		require.Equal(t, tt.want, formatAmount(got), "%s kWh at %s + fee %s", tt.amount, tt.price, tt.fee)
	}
}

func TestOrderIDsAndViews(t *testing.T) {
	id, err := parseOrderID("1966081")
	require.NoError(t, err)
	require.Equal(t, uint64(30<<16|1), id.Uint64())
	for _, bad := range []string{"", "x", "-1", "1.5", "0x10"} {
		_, err := parseOrderID(bad)
		require.ErrorIs(t, err, ErrUsage, bad)
	}

	owner := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	o := trading.ITradingOrderInfo{OrderId: id, Epoch: big.NewInt(30), Owner: owner, Side: 1, Status: 1,
		Amount: wei(t, "1.25"), LimitPrice: wei(t, "3.1"), FilledAmount: new(big.Int)}
	v := newOrderView(o)
	require.Equal(t, uint64(1), v.Index)
	require.Equal(t, "buy", v.Side)
	require.Equal(t, "open", v.Status)
	require.Equal(t, "1.25", v.Amount)
	require.Equal(t, "3.1", v.Price)
	require.Equal(t, "pending", v.FillShown, "fill unknown until the epoch clears")
	o.FillFinal, o.FilledAmount = true, wei(t, "0.5")
	require.Equal(t, "0.5 kWh", newOrderView(o).FillShown)
	o.Status, o.Side = 2, 0
	v = newOrderView(o)
	require.Equal(t, "-", v.FillShown)
	require.Equal(t, "cancelled", v.Status)
	require.Equal(t, "sell", v.Side)
}

func TestIntervalEnd(t *testing.T) {
	tests := []struct {
		in   string
		want uint64 // 0: error
	}{
		{"1795481065", 1795481065},
		{"2026-11-24T00:44:25Z", 1795481065},
		{"2026-11-24T07:44:25+07:00", 1795481065},
		{"0", 0},
		{"", 0},
		{"-5", 0},
		{"tomorrow", 0},
		{"1.5", 0},
		{"1969-12-31T00:00:00Z", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseIntervalEnd(tt.in)
			if tt.want == 0 {
				require.ErrorIs(t, err, ErrUsage)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestRun_MarketUsage(t *testing.T) {
	// Wrong arguments are refused (exit 2) before any manifest or node is needed.
	missing := filepath.Join(t.TempDir(), "none.json")
	tests := []struct {
		name      string
		args      []string
		want      int
		wantInErr string
	}{
		{name: "sell without a price", args: []string{"order", "sell", "--amount", "1"}, want: ExitUsage, wantInErr: "--price (THB/kWh) is required"},
		{name: "buy with a malformed amount", args: []string{"order", "buy", "--amount", "1,5", "--price", "3"}, want: ExitUsage,
			wantInErr: `--amount: "1,5" is not a non-negative decimal amount`},
		{name: "sell with a positional argument", args: []string{"order", "sell", "1", "--amount", "1", "--price", "3"}, want: ExitUsage,
			wantInErr: "usage: gridctl order sell --amount <kWh> --price <THB/kWh>"},
		{name: "cancel without an id", args: []string{"order", "cancel"}, want: ExitUsage, wantInErr: "usage: gridctl order cancel <order-id>"},
		{name: "cancel a word", args: []string{"order", "cancel", "first"}, want: ExitUsage, wantInErr: `order id "first" is not a number`},
		{name: "claim a negative id", args: []string{"order", "claim", "-1"}, want: ExitUsage},
		{name: "list with a bad epoch", args: []string{"--rpc", "http://127.0.0.1:1", "order", "list", "--epoch", "last", "--account",
			"0x00000000000000000000000000000000000000b0"}, want: ExitUsage, wantInErr: `--epoch "last" is not a number`},
		{name: "list needs the manifest", args: []string{"order", "list", "--account", "0x00000000000000000000000000000000000000b0"},
			want: ExitFail, wantInErr: "no deployment manifest"},
		{name: "order alone", args: []string{"order"}, want: ExitUsage, wantInErr: `"order" needs a subcommand`},
		{name: "epoch clear without an epoch", args: []string{"epoch", "clear"}, want: ExitUsage},
		{name: "epoch clear a word", args: []string{"epoch", "clear", "now"}, want: ExitUsage, wantInErr: `epoch "now" is not a number`},
		{name: "oracle request without an interval end", args: []string{"oracle", "request", "MTR-001"}, want: ExitUsage,
			wantInErr: "--interval-end (unix seconds) is required"},
		{name: "oracle request with a zero meter", args: []string{"oracle", "request", "0x" + string(bytes.Repeat([]byte("0"), 64)),
			"--interval-end", "5"}, want: ExitUsage, wantInErr: "meter id must not be zero"},
		{name: "oracle request with a bad time", args: []string{"oracle", "request", "MTR-001", "--interval-end", "soon"}, want: ExitUsage,
			wantInErr: "neither unix seconds nor an RFC 3339 time"},
		{name: "oracle show a word", args: []string{"oracle", "show", "last"}, want: ExitUsage, wantInErr: `request id "last" is not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := Run(context.Background(), append([]string{"--manifest", missing}, tt.args...), &out, &errOut)
			require.Equal(t, tt.want, got, "stderr: %s", errOut.String())
			require.Contains(t, errOut.String(), tt.wantInErr)
		})
	}
}
