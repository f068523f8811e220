package gridctl

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/txmgr"
)

func TestParse(t *testing.T) {
	addr := "0x00000000000000000000000000000000000000b0"
	tests := []struct {
		name     string
		args     []string
		wantCmd  string
		wantArgs []string
		check    func(t *testing.T, inv *invocation)
		wantErr  error
	}{
		{name: "plain", args: []string{"status"}, wantCmd: "status"},
		{name: "global flag before the command", args: []string{"--json", "--rpc", "http://a,http://b", "status"}, wantCmd: "status",
			check: func(t *testing.T, inv *invocation) {
				require.True(t, inv.v.GetBool("json"))
				require.Equal(t, "http://a,http://b", inv.v.GetString("rpc"))
			}},
		{name: "global flag after the command", args: []string{"status", "--json"}, wantCmd: "status",
			check: func(t *testing.T, inv *invocation) { require.True(t, inv.v.GetBool("json")) }},
		{name: "two words with args and interspersed flags",
			args:    []string{"--as", "registrar", "user", "register", addr, "prosumer", "--allowance", "0.5", "Eng", "Bldg", "--confirmations=2"},
			wantCmd: "user register", wantArgs: []string{addr, "prosumer", "Eng", "Bldg"},
			check: func(t *testing.T, inv *invocation) {
				require.Equal(t, "0.5", inv.flag("allowance"))
				require.Equal(t, "registrar", inv.v.GetString("as"))
				require.Equal(t, "2", inv.v.GetString("confirmations"))
			}},
		{name: "a value flag's value is not a command word", args: []string{"--node", "status", "signer", "list"}, wantCmd: "signer list",
			check: func(t *testing.T, inv *invocation) { require.Equal(t, "status", inv.v.GetString("node")) }},
		{name: "positional words that look like commands stay arguments", args: []string{"balance", "status"}, wantCmd: "balance",
			wantArgs: []string{"status"}},
		{name: "double dash ends flags", args: []string{"user", "register", addr, "consumer", "--", "--odd location"},
			wantCmd: "user register", wantArgs: []string{addr, "consumer", "--odd location"}},
		{name: "command flag default", args: []string{"transfer", addr, "1"}, wantCmd: "transfer", wantArgs: []string{addr, "1"},
			check: func(t *testing.T, inv *invocation) { require.Equal(t, "grid", inv.flag("token")) }},
		{name: "unknown command", args: []string{"frobnicate"}, wantErr: ErrUsage},
		{name: "group without subcommand", args: []string{"user"}, wantErr: ErrUsage},
		{name: "unknown flag", args: []string{"status", "--nope"}, wantErr: ErrUsage},
		{name: "flag of another command", args: []string{"status", "--token", "thb"}, wantErr: ErrUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, err := parse(tt.args, io.Discard)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.wantCmd, inv.cmd.name)
			if tt.wantArgs == nil {
				require.Empty(t, inv.args)
			} else {
				require.Equal(t, tt.wantArgs, inv.args)
			}
			if tt.check != nil {
				tt.check(t, inv)
			}
		})
	}
}

func TestSettings_Precedence(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "gridctl.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("confirmations: 4\ntimeout: 30s\nmanifest: /from/file.json\n"), 0o600))

	inv, err := parse([]string{"--config", cfg, "status"}, io.Discard)
	require.NoError(t, err)
	s, err := loadSettings(inv.v)
	require.NoError(t, err)
	require.Equal(t, uint64(4), s.Confirmations, "config file")
	require.Equal(t, 30*time.Second, s.Timeout)
	require.Equal(t, "/from/file.json", s.Manifest)

	t.Setenv("GRIDCTL_CONFIRMATIONS", "5")
	t.Setenv("GRIDCTL_KEY_FILE", "/env/key")
	inv, err = parse([]string{"--config", cfg, "status"}, io.Discard)
	require.NoError(t, err)
	s, err = loadSettings(inv.v)
	require.NoError(t, err)
	require.Equal(t, uint64(5), s.Confirmations, "environment beats the file")
	require.Equal(t, "/env/key", s.KeyFile)

	inv, err = parse([]string{"--config", cfg, "--confirmations", "6", "status"}, io.Discard)
	require.NoError(t, err)
	s, err = loadSettings(inv.v)
	require.NoError(t, err)
	require.Equal(t, uint64(6), s.Confirmations, "a flag beats the environment")
}

func TestSettings_Rejected(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"zero confirmations", []string{"--confirmations", "0", "status"}},
		{"bad timeout", []string{"--timeout", "soon", "status"}},
		{"bad allowance", []string{"--gas-allowance", "-1", "status"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, err := parse(tt.args, io.Discard)
			require.NoError(t, err)
			_, err = loadSettings(inv.v)
			require.ErrorIs(t, err, ErrUsage)
		})
	}
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		in, want string // want: base units, "" for an error
	}{
		{"1", "1000000000000000000"},
		{"12.5", "12500000000000000000"},
		{"0.000000000000000001", "1"},
		{".5", "500000000000000000"},
		{"0", "0"},
		{"007", "7000000000000000000"},
		{"1.0000000000000000001", ""},
		{"-1", ""},
		{"1e18", ""},
		{"1.", ""},
		{"", ""},
		{"abc", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseAmount(tt.in)
			if tt.want == "" {
				require.ErrorIs(t, err, ErrUsage)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, got.String())
		})
	}
	for _, v := range []string{"0", "1", "12.5", "0.000000000000000001", "20000197.355"} {
		a, err := parseAmount(v)
		require.NoError(t, err)
		require.Equal(t, v, formatAmount(a), "round trip")
	}
	require.Equal(t, "-1.5", formatAmount(big.NewInt(-1_500_000_000_000_000_000)))
}

func TestMeterIDs(t *testing.T) {
	id, err := parseMeterID("MTR-001")
	require.NoError(t, err)
	require.Equal(t, byte('M'), id[0])
	require.Equal(t, byte(0), id[31])
	require.Equal(t, "MTR-001", meterName(id))

	hexID := "0x" + fmt.Sprintf("%064x", 0xabc)
	id, err = parseMeterID(hexID)
	require.NoError(t, err)
	require.Equal(t, byte(0xbc), id[31])
	require.Equal(t, hexID, meterName(id), "not text: shown as hex")

	for _, bad := range []string{"", "this-meter-id-is-longer-than-32-bytes", "0x" + fmt.Sprintf("%064x", 0)} {
		_, err := parseMeterID(bad)
		require.ErrorIs(t, err, ErrUsage, bad)
	}
}

func TestUserTypes(t *testing.T) {
	v, err := parseUserType("Prosumer")
	require.NoError(t, err)
	require.Equal(t, uint8(1), v)
	v, err = parseUserType("consumer")
	require.NoError(t, err)
	require.Equal(t, uint8(2), v)
	_, err = parseUserType("none")
	require.ErrorIs(t, err, ErrUsage)
	require.Equal(t, "suspended", enumName(userStatuses, 2))
	require.Equal(t, "unknown(9)", enumName(userStatuses, 9))
}

func TestDecoder_KnowsEveryContract(t *testing.T) {
	account := common.HexToAddress("0x00000000000000000000000000000000000000B0")
	word := common.LeftPadBytes(account.Bytes(), 32)
	tests := []struct {
		id   common.Hash
		args []byte
		want string
	}{
		{registry.RegistryRegistryUserAlreadyRegisteredErrorID(), word, "Registry__UserAlreadyRegistered(" + account.Hex() + ")"},
		{gridtoken.GridTokenGridTokenUnverifiedAccountErrorID(), word, "GridToken__UnverifiedAccount(" + account.Hex() + ")"},
		{settlementtoken.SettlementTokenSettlementTokenZeroAmountErrorID(), nil, "SettlementToken__ZeroAmount()"},
	}
	for _, tt := range tests {
		rev := decoder.Decode(append(tt.id.Bytes()[:4:4], tt.args...))
		require.Equal(t, tt.want, rev.Reason)
	}
	// Trading's errors are known too (the market commands arrive next).
	tradingABI, err := trading.TradingMetaData.ParseABI()
	require.NoError(t, err)
	require.NotEmpty(t, tradingABI.Errors)
	for name, e := range tradingABI.Errors {
		rev := decoder.Decode(e.ID.Bytes()[:4])
		require.Equal(t, name, rev.Name, "Trading error %s", name)
	}
}

func TestRevertHint(t *testing.T) {
	role := crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))
	account := common.HexToAddress("0x00000000000000000000000000000000000000B0")
	data := append(registry.RegistryAccessControlUnauthorizedAccountErrorID().Bytes()[:4:4], common.LeftPadBytes(account.Bytes(), 32)...)
	data = append(data, role.Bytes()...)
	err := fmt.Errorf("suspendUser: %w", decoder.Decode(data))
	require.Equal(t, " ("+account.Hex()+" lacks REGISTRAR_ROLE)", revertHint(err))
	require.Empty(t, revertHint(errors.New("other")))
	var rev *txmgr.RevertError
	require.ErrorAs(t, err, &rev)
}

func TestRun_ExitStatuses(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.json")
	tests := []struct {
		name      string
		args      []string
		want      int
		wantInErr string
	}{
		{name: "help", args: []string{"help"}, want: ExitOK, wantInErr: "user register"},
		{name: "no command", args: nil, want: ExitOK, wantInErr: "usage: gridctl"},
		{name: "unknown command", args: []string{"frob"}, want: ExitUsage, wantInErr: `unknown command "frob"`},
		{name: "too few arguments", args: []string{"user", "suspend"}, want: ExitUsage, wantInErr: "usage: gridctl user suspend <address>"},
		{name: "too many arguments", args: []string{"status", "extra"}, want: ExitUsage},
		{name: "bad address", args: []string{"--manifest", missing, "meter", "assign", "M1", "0x12", "0x34"}, want: ExitUsage,
			wantInErr: `"0x12" is not an address`},
		{name: "bad amount", args: []string{"--as", "user01", "redeem", "1.2.3"}, want: ExitUsage, wantInErr: "not a non-negative decimal"},
		{name: "missing manifest", args: []string{"--manifest", missing, "status"}, want: ExitFail, wantInErr: "make devnet-up"},
		{name: "send without a manifest", args: []string{"--manifest", missing, "--rpc", "http://127.0.0.1:1", "user", "suspend",
			"0x00000000000000000000000000000000000000b0"}, want: ExitFail, wantInErr: "no deployment manifest"},
		{name: "unreachable node", args: []string{"--rpc", "http://127.0.0.1:1", "status"}, want: ExitFail, wantInErr: "unreachable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := Run(context.Background(), tt.args, &out, &errOut)
			require.Equal(t, tt.want, got, "stderr: %s", errOut.String())
			require.Contains(t, errOut.String(), tt.wantInErr)
		})
	}
}

// A private key never comes from the command line (ps, shell history): --key in any spelling is
// refused before anything runs; the environment and key files are the ways in.
func TestKeyNeverFromTheCommandLine(t *testing.T) {
	const hexKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	for _, tt := range []struct {
		name string
		args []string
	}{
		{name: "--key value", args: []string{"--key", hexKey, "status"}},
		{name: "--key=value", args: []string{"--key=" + hexKey, "status"}},
		{name: "-key value", args: []string{"-key", hexKey, "status"}},
		{name: "after the command", args: []string{"redeem", "1", "--key", hexKey}},
	} {
		args := tt.args
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, ExitUsage, Run(context.Background(), args, &out, &errOut))
			require.Contains(t, errOut.String(), "--key is not accepted")
			require.NotContains(t, errOut.String(), hexKey[2:])
		})
	}
}

func TestKeyFromEnvironmentOrFile(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	hexKey := hex.EncodeToString(crypto.FromECDSA(key))
	want := crypto.PubkeyToAddress(key.PublicKey)

	t.Run("GRIDCTL_KEY", func(t *testing.T) {
		t.Setenv(EnvKey, hexKey)
		inv, err := parse([]string{"status"}, io.Discard)
		require.NoError(t, err)
		s, err := loadSettings(inv.v)
		require.NoError(t, err)
		got, err := (&Env{s: s}).sender()
		require.NoError(t, err)
		require.Equal(t, want, got)
	})
	t.Run("GRIDCTL_KEY and --as", func(t *testing.T) {
		t.Setenv(EnvKey, hexKey)
		inv, err := parse([]string{"--as", "registrar", "status"}, io.Discard)
		require.NoError(t, err)
		_, err = loadSettings(inv.v)
		require.ErrorIs(t, err, ErrUsage)
	})
	t.Run("--key-file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "key")
		require.NoError(t, os.WriteFile(path, []byte(hexKey+"\n"), 0o600))
		inv, err := parse([]string{"--key-file", path, "status"}, io.Discard)
		require.NoError(t, err)
		s, err := loadSettings(inv.v)
		require.NoError(t, err)
		got, err := (&Env{s: s}).sender()
		require.NoError(t, err)
		require.Equal(t, want, got)
	})
}
