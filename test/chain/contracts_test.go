//go:build integration

package chain_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/deployer"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/test/harness"
)

func TestContracts_DeployedWiredAndUsable(t *testing.T) {
	n := harness.Load(t)
	client := n.Client(t, 1) // any node serves the same state
	ctx := harness.Ctx(t, 2*time.Minute)
	call := &bind.CallOpts{Context: ctx}

	for _, name := range []string{manifest.Registry, manifest.GridToken, manifest.SettlementToken} {
		require.Contains(t, n.Manifest.Contracts, name)
	}
	for name, a := range n.Manifest.Contracts {
		code, err := client.CodeAt(ctx, a, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, "%s has no code", name)
	}

	reg := registry.NewRegistry()
	regC := reg.Instance(client, n.Contract(t, manifest.Registry))
	grid := gridtoken.NewGridToken()
	gridC := grid.Instance(client, n.Contract(t, manifest.GridToken))
	thb := settlementtoken.NewSettlementToken()
	thbC := thb.Instance(client, n.Contract(t, manifest.SettlementToken))

	symbol, err := bind.Call(gridC, call, grid.PackSymbol(), grid.UnpackSymbol)
	require.NoError(t, err)
	require.Equal(t, "GRID", symbol)
	registryOfGrid, err := bind.Call(gridC, call, grid.PackRegistry(), grid.UnpackRegistry)
	require.NoError(t, err)
	require.Equal(t, n.Contract(t, manifest.Registry), registryOfGrid)

	// Roles as the manifest records them hold on chain.
	registrar := n.Account(t, deployer.KeyRegistrar).Address
	has, err := bind.Call(regC, call, reg.PackHasRole(deployer.RegistrarRole, registrar), reg.UnpackHasRole)
	require.NoError(t, err)
	require.True(t, has, "registrar role")
	require.Contains(t, n.Manifest.Roles[deployer.RoleRegistrar], registrar)
	for _, s := range n.Signers() {
		for _, c := range []*bind.BoundContract{regC, gridC, thbC} {
			has, err := bind.Call(c, call, reg.PackHasRole(deployer.GovernanceRole, s), reg.UnpackHasRole)
			require.NoError(t, err)
			require.True(t, has, "governance of %s on %s", s, c.Address())
		}
	}
	operator := n.Account(t, deployer.KeySettlementOperator).Address
	has, err = bind.Call(thbC, call, thb.PackHasRole(deployer.SettlementOperatorRole, operator), thb.UnpackHasRole)
	require.NoError(t, err)
	require.True(t, has, "settlement operator role")

	// OracleClient, once deployed, mints and burns GRID and is served by the oracle operator.
	if oc, ok := n.Manifest.Contracts[manifest.OracleClient]; ok {
		for _, role := range [][32]byte{deployer.MinterRole, deployer.BurnerRole} {
			has, err := bind.Call(gridC, call, grid.PackHasRole(role, oc), grid.UnpackHasRole)
			require.NoError(t, err)
			require.True(t, has, "OracleClient lacks a GridToken role")
		}
		ocB := oracleclient.NewOracleClient()
		oracle := n.Account(t, deployer.KeyOracleOperator).Address
		has, err := bind.Call(ocB.Instance(client, oc), call, ocB.PackHasRole(deployer.OracleOperatorRole, oracle), ocB.UnpackHasRole)
		require.NoError(t, err)
		require.True(t, has, "oracle operator role")
		require.Contains(t, n.Manifest.Roles[deployer.RoleMinter], oc)
		has, err = bind.Call(thbC, call, thb.PackHasRole(deployer.SystemRole, oc), thb.UnpackHasRole)
		require.NoError(t, err)
		require.True(t, has, "OracleClient lacks SettlementToken's system role (pushed cTHB would be stranded)")
	}

	// Trading, once deployed, holds GRID's system role and is driven by every authority's keeper.
	if tr, ok := n.Manifest.Contracts[manifest.Trading]; ok {
		has, err := bind.Call(gridC, call, grid.PackHasRole(deployer.SystemRole, tr), grid.UnpackHasRole)
		require.NoError(t, err)
		require.True(t, has, "Trading lacks GridToken's system role")
		has, err = bind.Call(thbC, call, thb.PackHasRole(deployer.SystemRole, tr), thb.UnpackHasRole)
		require.NoError(t, err)
		require.True(t, has, "Trading lacks SettlementToken's system role (pushed cTHB would be stranded)")
		trB := trading.NewTrading()
		for _, name := range []string{"keeper-ERC", "keeper-MEA", "keeper-PEA", "keeper-EGAT"} {
			keeper := n.Account(t, name).Address
			has, err := bind.Call(trB.Instance(client, tr), call, trB.PackHasRole(deployer.MarketMakerRole, keeper), trB.UnpackHasRole)
			require.NoError(t, err)
			require.True(t, has, "%s is not a Trading market maker", name)
		}
		require.NotZero(t, n.Manifest.Market["epochLength"])
	}

	// Demo users are registered, verified, and hold a gas allowance and cTHB.
	require.NotEmpty(t, n.Manifest.Demo)
	for _, u := range n.Manifest.Demo {
		ok, err := bind.Call(regC, call, reg.PackIsUserVerified(u.Address), reg.UnpackIsUserVerified)
		require.NoError(t, err)
		require.True(t, ok, "%s verified", u.Name)
		coin, err := client.BalanceAt(ctx, u.Address, nil)
		require.NoError(t, err)
		require.Positive(t, coin.Sign(), "%s has no gas allowance", u.Name)
	}

	// A registrar registers a new wallet through the bindings.
	fresh, err := crypto.GenerateKey()
	require.NoError(t, err)
	freshAddr := crypto.PubkeyToAddress(fresh.PublicKey)
	tx, err := bind.Transact(regC, n.Transactor(t, deployer.KeyRegistrar), reg.PackRegisterUser(freshAddr, deployer.UserConsumer, "CU Chemistry Bldg, Bangkok"))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, n.WaitReceipt(t, 1, tx.Hash(), time.Minute).Status)
	ok, err := bind.Call(regC, call, reg.PackIsUserVerified(freshAddr), reg.UnpackIsUserVerified)
	require.NoError(t, err)
	require.True(t, ok)

	// Registering the same wallet again reverts with the decoded custom error.
	_, err = bind.Transact(regC, n.Transactor(t, deployer.KeyRegistrar), reg.PackRegisterUser(freshAddr, deployer.UserConsumer, "again"))
	require.Error(t, err)
	var dataErr rpc.DataError
	require.True(t, errors.As(err, &dataErr), "revert carries data: %v", err)
	raw, err := hexutil.Decode(dataErr.ErrorData().(string))
	require.NoError(t, err)
	decoded, err := reg.UnpackError(raw)
	require.NoError(t, err)
	already, isAlready := decoded.(*registry.RegistryRegistryUserAlreadyRegistered)
	require.True(t, isAlready, "decoded %T", decoded)
	require.Equal(t, freshAddr, already.Account)

	// A demo user pays another in cTHB.
	from, to := n.Manifest.Demo[0], n.Manifest.Demo[1]
	before, err := bind.Call(thbC, call, thb.PackBalanceOf(to.Address), thb.UnpackBalanceOf)
	require.NoError(t, err)
	amount := big.NewInt(1_250_000_000_000_000_000) // 1.25 cTHB
	tx, err = bind.Transact(thbC, n.Transactor(t, from.Name), thb.PackTransfer(to.Address, amount))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, n.WaitReceipt(t, 1, tx.Hash(), time.Minute).Status)
	after, err := bind.Call(thbC, call, thb.PackBalanceOf(to.Address), thb.UnpackBalanceOf)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Add(before, amount).Cmp(after), "cTHB balance of %s", to.Name)
}
