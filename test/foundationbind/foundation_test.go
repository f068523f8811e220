// Package foundationbind exercises Registry and GridToken through their abigen v2 bindings on the
// simulated backend: deploy, register, assign a meter, mint, transfer, and a custom-error revert
// decoded from the revert data. (Behaviour only: the simulated backend's gas rules are not our chain's.)
package foundationbind

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/registry"
)

type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

func newTestEnv(t *testing.T, keys ...*ecdsa.PrivateKey) *env {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	chainID, err := sim.Client().ChainID(context.Background())
	require.NoError(t, err)
	return &env{t: t, sim: sim, client: sim.Client(), chainID: chainID}
}

func (e *env) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(key, e.chainID)
}

// mine commits a block and returns the receipt of tx, failing the test when it reverted.
func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	require.NoError(e.t, err)
	e.sim.Commit()
	receipt, err := bind.WaitMined(context.Background(), e.client, tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt
}

func (e *env) deploy(key *ecdsa.PrivateKey, meta *bind.MetaData, input []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.opts(key), common.FromHex(meta.Bin), e.client, input)
	e.mine(tx, err)
	return addr
}

// revertData extracts the revert payload that the node attached to a failed call or estimate.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	require.Error(t, err)
	var dataErr rpc.DataError
	require.True(t, errors.As(err, &dataErr), "error carries no revert data: %v", err)
	hexData, ok := dataErr.ErrorData().(string)
	require.True(t, ok)
	raw, decodeErr := hexutil.Decode(hexData)
	require.NoError(t, decodeErr)
	require.GreaterOrEqual(t, len(raw), 4)
	return raw
}

func TestFoundationThroughBindings(t *testing.T) {
	ctx := context.Background()
	govKey, _ := crypto.GenerateKey()
	aliceKey, _ := crypto.GenerateKey()
	bobKey, _ := crypto.GenerateKey()
	meterKey, _ := crypto.GenerateKey()
	e := newTestEnv(t, govKey, aliceKey, bobKey)
	gov := crypto.PubkeyToAddress(govKey.PublicKey)
	alice := crypto.PubkeyToAddress(aliceKey.PublicKey)
	bob := crypto.PubkeyToAddress(bobKey.PublicKey)
	outsider := common.HexToAddress("0x000000000000000000000000000000000000dEaD")

	reg := registry.NewRegistry()
	tok := gridtoken.NewGridToken()
	regAddr := e.deploy(govKey, &registry.RegistryMetaData, reg.PackConstructor(gov))
	tokAddr := e.deploy(govKey, &gridtoken.GridTokenMetaData, tok.PackConstructor(regAddr, gov))
	regC := reg.Instance(e.client, regAddr)
	tokC := tok.Instance(e.client, tokAddr)

	// Governance wires the roles: the governance key registers users and mints (as OracleClient would).
	registrarRole, err := bind.Call(regC, nil, reg.PackREGISTRARROLE(), reg.UnpackREGISTRARROLE)
	require.NoError(t, err)
	minterRole, err := bind.Call(tokC, nil, tok.PackMINTERROLE(), tok.UnpackMINTERROLE)
	require.NoError(t, err)
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackGrantRole(registrarRole, gov)))
	e.mine(bind.Transact(tokC, e.opts(govKey), tok.PackGrantRole(minterRole, gov)))

	// Register a prosumer and a consumer; assign a meter to the prosumer.
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackRegisterUser(alice, 1, "Engineering Building 3")))
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackRegisterUser(bob, 2, "Dormitory A")))
	meterID := crypto.Keccak256Hash([]byte("CU-ENG3-ROOF-01"))
	receipt := e.mine(bind.Transact(regC, e.opts(govKey), reg.PackAssignMeter(meterID, alice, crypto.PubkeyToAddress(meterKey.PublicKey))))

	// The MeterAssigned event decodes through the bindings.
	var assigned *registry.RegistryMeterAssigned
	for _, l := range receipt.Logs {
		if ev, err := reg.UnpackMeterAssignedEvent(l); err == nil {
			assigned = ev
		}
	}
	require.NotNil(t, assigned)
	require.Equal(t, alice, assigned.Owner)
	require.Equal(t, uint32(1), assigned.Assignment)

	user, err := bind.Call(regC, nil, reg.PackGetUser(alice), reg.UnpackGetUser)
	require.NoError(t, err)
	require.Equal(t, uint8(1), user.UserType)
	require.Equal(t, uint8(1), user.MeterCount)
	verified, err := bind.Call(regC, nil, reg.PackIsUserVerified(bob), reg.UnpackIsUserVerified)
	require.NoError(t, err)
	require.True(t, verified)

	// Mint 5 kWh for the meter's export, transfer 2 kWh to the consumer.
	kwh := big.NewInt(1e18)
	e.mine(bind.Transact(tokC, e.opts(govKey), tok.PackMint(alice, new(big.Int).Mul(big.NewInt(5), kwh), meterID)))
	e.mine(bind.Transact(tokC, e.opts(aliceKey), tok.PackTransfer(bob, new(big.Int).Mul(big.NewInt(2), kwh))))
	aliceBal, err := bind.Call(tokC, nil, tok.PackBalanceOf(alice), tok.UnpackBalanceOf)
	require.NoError(t, err)
	bobBal, err := bind.Call(tokC, nil, tok.PackBalanceOf(bob), tok.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(big.NewInt(3), kwh), aliceBal)
	require.Equal(t, new(big.Int).Mul(big.NewInt(2), kwh), bobBal)

	// A transfer to an unregistered account reverts with GridToken__UnverifiedAccount(outsider).
	_, err = e.client.EstimateGas(ctx, ethereumCall(alice, tokAddr, tok.PackTransfer(outsider, kwh)))
	decoded, err := tok.UnpackError(revertData(t, err))
	require.NoError(t, err)
	unverified, ok := decoded.(*gridtoken.GridTokenGridTokenUnverifiedAccount)
	require.True(t, ok, "decoded %T", decoded)
	require.Equal(t, outsider, unverified.Account)

	// Registering alice again reverts with Registry__UserAlreadyRegistered(alice).
	_, err = e.client.EstimateGas(ctx, ethereumCall(gov, regAddr, reg.PackRegisterUser(alice, 1, "")))
	decodedReg, err := reg.UnpackError(revertData(t, err))
	require.NoError(t, err)
	already, ok := decodedReg.(*registry.RegistryRegistryUserAlreadyRegistered)
	require.True(t, ok, "decoded %T", decodedReg)
	require.Equal(t, alice, already.Account)

	// Suspension stops the prosumer's transfers.
	e.mine(bind.Transact(regC, e.opts(govKey), reg.PackSuspendUser(alice)))
	_, err = e.client.EstimateGas(ctx, ethereumCall(alice, tokAddr, tok.PackTransfer(bob, kwh)))
	decoded, err = tok.UnpackError(revertData(t, err))
	require.NoError(t, err)
	require.IsType(t, &gridtoken.GridTokenGridTokenUnverifiedAccount{}, decoded)
}

func ethereumCall(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}
