package txmgr

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
)

func TestBumpFees(t *testing.T) {
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000)) }
	tests := []struct {
		name                        string
		oldTip, oldCap, sugTip, fee *big.Int
		max                         *big.Int
		wantTip, wantCap            *big.Int
		wantErr                     error
	}{
		{name: "ten percent on both", oldTip: gwei(1), oldCap: gwei(3), sugTip: gwei(1), fee: gwei(1), max: gwei(100),
			wantTip: big.NewInt(1_100_000_000), wantCap: big.NewInt(3_300_000_000)},
		{name: "follows a risen base fee", oldTip: gwei(1), oldCap: gwei(3), sugTip: gwei(1), fee: gwei(10), max: gwei(100),
			wantTip: big.NewInt(1_100_000_000), wantCap: big.NewInt(21_100_000_000)},
		{name: "follows a higher tip suggestion", oldTip: gwei(1), oldCap: gwei(3), sugTip: gwei(2), fee: big.NewInt(7), max: gwei(100),
			wantTip: gwei(2), wantCap: big.NewInt(3_300_000_000)},
		{name: "tiny fees still rise by one wei", oldTip: big.NewInt(1), oldCap: big.NewInt(15), sugTip: big.NewInt(1), fee: big.NewInt(7), max: gwei(1),
			wantTip: big.NewInt(2), wantCap: big.NewInt(17)},
		{name: "clamped at the cap", oldTip: gwei(1), oldCap: gwei(95), sugTip: gwei(1), fee: gwei(60), max: gwei(110),
			wantTip: big.NewInt(1_100_000_000), wantCap: gwei(110)},
		{name: "cannot pass the cap", oldTip: gwei(1), oldCap: gwei(100), sugTip: gwei(1), fee: gwei(1), max: gwei(105),
			wantErr: ErrFeeCapReached},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tip, feeCap, err := bumpFees(tt.oldTip, tt.oldCap, tt.sugTip, tt.fee, tt.max, 10)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.wantTip.String(), tip.String())
			require.Equal(t, tt.wantCap.String(), feeCap.String())
		})
	}
}

func TestInitialFees(t *testing.T) {
	tip, feeCap, err := initialFees(big.NewInt(2), big.NewInt(7), big.NewInt(1000))
	require.NoError(t, err)
	require.Equal(t, "2", tip.String())
	require.Equal(t, "16", feeCap.String())
	_, feeCap, err = initialFees(big.NewInt(2), big.NewInt(7), big.NewInt(10))
	require.NoError(t, err)
	require.Equal(t, "10", feeCap.String(), "clamped: still above base fee + tip")
	_, _, err = initialFees(big.NewInt(2), big.NewInt(9), big.NewInt(10))
	require.ErrorIs(t, err, ErrFeeCapTooLow)
}

type rpcErr struct{ msg string }

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return -32000 }

func TestClassifySend(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want sendOutcome
	}{
		{"ok", nil, sendOK},
		{"geth already known", rpcErr{"already known"}, sendKnown},
		{"anvil already imported", rpcErr{"transaction already imported"}, sendKnown},
		{"nonce too low", rpcErr{"nonce too low: next nonce 5, tx nonce 3"}, sendNonceTooLow},
		{"replacement underpriced", rpcErr{"replacement transaction underpriced"}, sendReplaceUnderpriced},
		{"pool underpriced", rpcErr{"transaction underpriced: tip needed 1, tip permitted 0"}, sendUnderpriced},
		{"insufficient funds", rpcErr{"insufficient funds for gas * price + value: balance 0"}, sendInsufficientFunds},
		{"other node answer", rpcErr{"intrinsic gas too low"}, sendRejected},
		{"transport", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), sendUnreachable},
		{"wrapped node answer", fmt.Errorf("send: %w", rpcErr{"exceeds block gas limit"}), sendRejected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, classifySend(tt.err))
		})
	}
}

type dataErr struct {
	msg  string
	data any
}

func (e dataErr) Error() string  { return e.msg }
func (e dataErr) ErrorCode() int { return 3 }
func (e dataErr) ErrorData() any { return e.data }

func TestErrorDecoder(t *testing.T) {
	d, err := NewErrorDecoder(&registry.RegistryMetaData, &gridtoken.GridTokenMetaData)
	require.NoError(t, err)
	account := common.HexToAddress("0x00000000000000000000000000000000000000B0")
	role := common.HexToHash("0xedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238")
	meter := common.HexToHash("0x01")
	sel := func(h common.Hash) []byte { return h.Bytes()[:4] }
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	errorString := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"6e6f706500000000000000000000000000000000000000000000000000000000")
	tests := []struct {
		name, want, wantName string
		data                 []byte
	}{
		{name: "custom error with address", data: cat(sel(registry.RegistryRegistryUserAlreadyRegisteredErrorID()), common.LeftPadBytes(account.Bytes(), 32)),
			want: "Registry__UserAlreadyRegistered(" + account.Hex() + ")", wantName: "Registry__UserAlreadyRegistered"},
		{name: "custom error with bytes32", data: cat(sel(registry.RegistryRegistryMeterNotAssignedErrorID()), meter.Bytes()),
			want: "Registry__MeterNotAssigned(" + meter.Hex() + ")", wantName: "Registry__MeterNotAssigned"},
		{name: "openzeppelin access control", data: cat(sel(registry.RegistryAccessControlUnauthorizedAccountErrorID()), common.LeftPadBytes(account.Bytes(), 32), role.Bytes()),
			want: "AccessControlUnauthorizedAccount(" + account.Hex() + ", " + role.Hex() + ")", wantName: "AccessControlUnauthorizedAccount"},
		{name: "second abi", data: cat(sel(gridtoken.GridTokenGridTokenUnverifiedAccountErrorID()), common.LeftPadBytes(account.Bytes(), 32)),
			want: "GridToken__UnverifiedAccount(" + account.Hex() + ")", wantName: "GridToken__UnverifiedAccount"},
		{name: "require string", data: errorString, want: "nope"},
		{name: "panic", data: cat([]byte{0x4e, 0x48, 0x7b, 0x71}, common.LeftPadBytes([]byte{0x11}, 32)), want: "panic 0x11 (arithmetic overflow or underflow)"},
		{name: "unknown selector", data: []byte{1, 2, 3, 4}, want: "unknown error 0x01020304"},
		{name: "empty", data: nil, want: "no reason given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Decode(tt.data)
			require.Equal(t, tt.want, got.Reason)
			require.Equal(t, tt.wantName, got.Name)
			fromRPC := d.FromError(fmt.Errorf("estimate: %w", dataErr{"execution reverted", hexutil.Encode(tt.data)}))
			require.NotNil(t, fromRPC)
			require.Equal(t, tt.want, fromRPC.Reason)
			require.ErrorIs(t, fromRPC, ErrReverted)
		})
	}
	require.Nil(t, d.FromError(errors.New("connection refused")), "not a revert")
	require.Nil(t, d.FromError(nil))
	_, err = NewErrorDecoder("not an abi")
	require.Error(t, err)
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
	}{
		{"defaults", func(*Config) {}, nil},
		{"zero confirmations", func(c *Config) { c.Confirmations = 0 }, ErrBadConfirmations},
		{"no poll interval", func(c *Config) { c.PollInterval = 0 }, ErrBadPollInterval},
		{"resubmit faster than polling", func(c *Config) { c.ResubmitTimeout = c.PollInterval / 2 }, ErrBadResubmitTimeout},
		{"bump below geth's", func(c *Config) { c.FeeBumpPercent = 5 }, ErrBadFeeBump},
		{"gas multiplier below one", func(c *Config) { c.GasLimitMultiplier = 0.9 }, ErrBadGasMultiplier},
		{"no timeout", func(c *Config) { c.NetworkTimeout = 0 }, ErrBadNetworkTimeout},
		{"max below min", func(c *Config) { c.MinTipCapWei, c.MaxFeeCapWei = 10, 5 }, ErrBadFeeCaps},
		{"no retries", func(c *Config) { c.SendRetries = 0 }, ErrBadSendRetries},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Check()
			if tt.want == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.want)
			}
		})
	}
}
