//go:build integration

// Package gridctl_test drives the operator CLI against the shared devnet (make devnet-up;
// DEVNET_MANIFEST), in process through gridctl.Run, exactly as the binary runs it.
package gridctl_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/gridctl"
	"github.com/campus-grid/gridchain/test/harness"
)

type cli struct {
	t        *testing.T
	manifest string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	net := harness.Load(t)
	path := os.Getenv(harness.ManifestEnv)
	if path == "" {
		path = filepath.Join(net.Root, "build", "devnet", "deployment.json")
	}
	return &cli{t: t, manifest: path}
}

// run executes one command line and returns its exit status, stdout and stderr.
func (c *cli) run(args ...string) (int, string, string) {
	c.t.Helper()
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	code := gridctl.Run(ctx, append([]string{"--manifest", c.manifest}, args...), &out, &errOut)
	c.t.Logf("gridctl %s -> %d\n%s%s", strings.Join(args, " "), code, out.String(), errOut.String())
	return code, out.String(), errOut.String()
}

// ok runs a command that must succeed and decodes its --json output into v (when v is not nil).
func (c *cli) ok(v any, args ...string) {
	c.t.Helper()
	code, out, errOut := c.run(append([]string{"--json"}, args...)...)
	require.Equal(c.t, gridctl.ExitOK, code, "stderr: %s", errOut)
	if v != nil {
		// Decode into a zero value: json merges maps and reuses slice elements of a reused variable.
		rv := reflect.ValueOf(v).Elem()
		rv.Set(reflect.Zero(rv.Type()))
		require.NoError(c.t, json.Unmarshal([]byte(out), v), out)
	}
}

// fails runs a command that must fail with the given exit status and message.
func (c *cli) fails(code int, wantInStderr string, args ...string) {
	c.t.Helper()
	got, _, errOut := c.run(args...)
	require.Equal(c.t, code, got, "stderr: %s", errOut)
	require.Contains(c.t, errOut, wantInStderr)
}

// newWallet makes a fresh key in a key file.
func newWallet(t *testing.T) (common.Address, string) {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "user.key")
	require.NoError(t, os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600))
	return crypto.PubkeyToAddress(key.PublicKey), path
}

type balances struct {
	Native string `json:"native"`
	GRID   string `json:"grid"`
	THB    string `json:"thb"`
}

func TestStatus(t *testing.T) {
	c := newCLI(t)
	var st struct {
		ChainID uint64 `json:"chainId"`
		Healthy bool   `json:"healthy"`
		Nodes   []struct {
			Name      string  `json:"name"`
			Reachable bool    `json:"reachable"`
			Head      uint64  `json:"head"`
			Peers     int     `json:"peers"`
			HeadAge   float64 `json:"headAgeSeconds"`
		} `json:"nodes"`
		SignersSource string `json:"signersSource"`
		Signers       []struct {
			Name   string `json:"name"`
			Sealed int    `json:"sealedRecent"`
		} `json:"signers"`
		Contracts map[string]struct {
			HasCode bool `json:"hasCode"`
		} `json:"contracts"`
		GRIDSupplyWei string `json:"gridSupplyWei"`
	}
	c.ok(&st, "status")
	require.True(t, st.Healthy)
	require.NotZero(t, st.ChainID)
	require.Len(t, st.Nodes, 5, "four signers (over IPC) and the RPC node")
	for _, n := range st.Nodes {
		require.True(t, n.Reachable, n.Name)
		require.Equal(t, 4, n.Peers, "%s peers with the other four", n.Name)
		require.Less(t, n.HeadAge, 30.0)
	}
	require.Contains(t, st.SignersSource, "clique_getSigners")
	require.Len(t, st.Signers, 4)
	for _, s := range st.Signers {
		require.Positive(t, s.Sealed, "signer %s takes turns", s.Name)
	}
	for _, name := range []string{"Registry", "GridToken", "SettlementToken"} {
		require.True(t, st.Contracts[name].HasCode, name)
	}
	require.NotEmpty(t, st.GRIDSupplyWei)

	var market struct {
		Market *struct {
			CurrentEpoch uint64 `json:"currentEpoch"`
		} `json:"market"`
	}
	c.ok(&market, "status")
	if market.Market != nil { // Trading is deployed
		var ep struct {
			Epoch  uint64 `json:"epoch"`
			Status string `json:"status"`
		}
		c.ok(&ep, "epoch", "show")
		require.GreaterOrEqual(t, ep.Epoch, market.Market.CurrentEpoch)
		require.Contains(t, []string{"open", "closed", "cleared", "settling", "settled"}, ep.Status)
		c.fails(gridctl.ExitUsage, "is not a number", "epoch", "show", "latest")
	}

	code, out, _ := c.run("status")
	require.Equal(t, gridctl.ExitOK, code)
	require.Contains(t, out, "HEALTHY")

	c.fails(gridctl.ExitFail, "unreachable", "--rpc", "http://127.0.0.1:1", "status")
}

func TestUserAndMeterAdministration(t *testing.T) {
	c := newCLI(t)
	user, _ := newWallet(t)
	u := user.Hex()

	var reg struct {
		Register     struct{ Hash string } `json:"register"`
		AllowanceWei string                `json:"allowanceWei"`
	}
	c.ok(&reg, "--as", "registrar", "user", "register", u, "prosumer", "Faculty", "of", "Engineering", "--allowance", "0.05")
	require.NotEmpty(t, reg.Register.Hash)
	require.Equal(t, "50000000000000000", reg.AllowanceWei)
	var bal balances
	c.ok(&bal, "balance", u)
	require.Equal(t, "0.05", bal.Native, "the new wallet got its gas allowance")

	c.fails(gridctl.ExitFail, "Registry__UserAlreadyRegistered("+u+")", "--as", "registrar", "user", "register", u, "consumer")
	c.fails(gridctl.ExitFail, "lacks REGISTRAR_ROLE", "--as", "user01", "user", "suspend", u)

	var show struct {
		Status   string   `json:"status"`
		UserType string   `json:"userType"`
		Verified bool     `json:"verified"`
		Location string   `json:"location"`
		Meters   []string `json:"meters"`
	}
	c.ok(&show, "user", "show", u)
	require.Equal(t, "active", show.Status)
	require.Equal(t, "prosumer", show.UserType)
	require.Equal(t, "Faculty of Engineering", show.Location)
	require.True(t, show.Verified)

	c.ok(nil, "--as", "registrar", "user", "suspend", u)
	c.ok(&show, "user", "show", u)
	require.Equal(t, "suspended", show.Status)
	require.False(t, show.Verified)
	c.fails(gridctl.ExitFail, "Registry__UserAlreadySuspended("+u+")", "--as", "registrar", "user", "suspend", u)
	c.ok(nil, "--as", "registrar", "user", "reactivate", u)
	c.ok(&show, "user", "show", u)
	require.Equal(t, "active", show.Status)

	meterID := fmt.Sprintf("IT-%d", time.Now().UnixNano()%1_000_000_000)
	signerA, _ := newWallet(t)
	signerB, _ := newWallet(t)
	c.ok(nil, "--as", "registrar", "meter", "assign", meterID, u, signerA.Hex())
	var meter struct {
		Owner      common.Address `json:"owner"`
		Signer     common.Address `json:"signer"`
		Assigned   bool           `json:"assigned"`
		Assignment uint32         `json:"assignment"`
	}
	c.ok(&meter, "meter", "show", meterID)
	require.True(t, meter.Assigned)
	require.Equal(t, user, meter.Owner)
	require.Equal(t, signerA, meter.Signer)
	c.ok(&show, "user", "show", u)
	require.Equal(t, []string{meterID}, show.Meters)

	c.fails(gridctl.ExitFail, "Registry__SameSigner(", "--as", "registrar", "meter", "rotate", meterID, signerA.Hex())
	c.ok(nil, "--as", "registrar", "meter", "rotate", meterID, signerB.Hex())
	c.ok(&meter, "meter", "show", meterID)
	require.Equal(t, signerB, meter.Signer)
	c.ok(nil, "--as", "registrar", "meter", "unassign", meterID)
	c.ok(&meter, "meter", "show", meterID)
	require.False(t, meter.Assigned)
	c.fails(gridctl.ExitFail, "Registry__MeterNotAssigned(", "--as", "registrar", "meter", "unassign", meterID)

	c.fails(gridctl.ExitUsage, "must be prosumer or consumer", "--as", "registrar", "user", "register", u, "landlord")
	c.fails(gridctl.ExitFail, "cannot reach any node", "--rpc", "http://127.0.0.1:1", "--as", "registrar", "user", "suspend", u)
}

func TestTokens(t *testing.T) {
	c := newCLI(t)
	user, keyFile := newWallet(t)
	u := user.Hex()
	c.ok(nil, "--as", "registrar", "user", "register", u, "consumer", "Dormitory 4")

	c.ok(nil, "--as", "settlementOperator", "topup", u, "10", "--ref", "bank-slip-"+u)
	var bal balances
	c.ok(&bal, "balance", u)
	require.Equal(t, "10", bal.THB)

	// The gas allowance lets the brand-new wallet transact at once.
	c.ok(nil, "--key-file", keyFile, "redeem", "2.5")
	c.ok(nil, "--key-file", keyFile, "transfer", "--token", "thb", "user01", "1.25")
	c.ok(&bal, "--key-file", keyFile, "balance")
	require.Equal(t, "6.25", bal.THB)

	c.fails(gridctl.ExitFail, "ERC20InsufficientBalance("+u, "--key-file", keyFile, "transfer", "user01", "1")
	c.fails(gridctl.ExitFail, "lacks SETTLEMENT_OPERATOR_ROLE", "--key-file", keyFile, "topup", u, "1")
	c.fails(gridctl.ExitUsage, "not a non-negative decimal amount", "--key-file", keyFile, "redeem", "lots")
}

func TestRoles(t *testing.T) {
	c := newCLI(t)
	net := harness.Load(t)
	registrar := net.Account(t, "registrar").Address
	var audit struct {
		Contracts map[string]map[string][]struct {
			Account common.Address `json:"account"`
			Name    string         `json:"name"`
		} `json:"contracts"`
	}
	c.ok(&audit, "roles")
	holders := audit.Contracts["Registry"]["REGISTRAR_ROLE"]
	require.NotEmpty(t, holders)
	found := false
	for _, h := range holders {
		found = found || h.Account == registrar
	}
	require.True(t, found, "the registrar holds REGISTRAR_ROLE")
	require.Len(t, audit.Contracts["Registry"]["GOVERNANCE_ROLE"], len(net.Manifest.Roles["governance"]))

	c.ok(&audit, "roles", "--account", "registrar")
	for cname, roles := range audit.Contracts {
		for role, hs := range roles {
			for _, h := range hs {
				require.Equal(t, registrar, h.Account, "%s %s filtered to one account", cname, role)
			}
		}
	}
}

func TestSignerGovernance(t *testing.T) {
	c := newCLI(t)
	var list []struct {
		Node    string `json:"node"`
		Signers []struct {
			Address common.Address `json:"address"`
			Name    string         `json:"name"`
		} `json:"signers"`
	}
	c.ok(&list, "signer", "list")
	require.Len(t, list, 1)
	require.Len(t, list[0].Signers, 4)

	// A single vote for an unknown address never reaches a majority; it is withdrawn at once.
	candidate, _ := newWallet(t)
	c.ok(nil, "signer", "propose", candidate.Hex(), "add", "--node", "ERC")
	var votes []struct {
		Node  string          `json:"node"`
		Votes map[string]bool `json:"votes"`
	}
	c.ok(&votes, "signer", "votes", "--node", "ERC")
	require.Len(t, votes, 1)
	require.Equal(t, map[string]bool{candidate.Hex(): true}, votes[0].Votes)
	c.ok(nil, "signer", "discard", candidate.Hex(), "--node", "ERC")
	c.ok(&votes, "signer", "votes", "--node", "all")
	require.Len(t, votes, 4)
	for _, v := range votes {
		require.Empty(t, v.Votes, "node %s", v.Node)
	}
	c.fails(gridctl.ExitUsage, "must be add or remove", "signer", "propose", candidate.Hex(), "maybe")
	c.fails(gridctl.ExitUsage, `no node "XYZ"`, "signer", "list", "--node", "XYZ")
}
