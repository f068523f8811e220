// Package oraclebind drives OracleClient through its abigen v2 bindings on the simulated backend:
// readings signed in Go (EIP-712 hashed by go-ethereum's generic apitypes encoder, independently of the
// contract and of package reading) are submitted in batches and turn into GRID balances; the request
// path and its Chainlink-style expiry run end to end; and the shared test vectors written by the
// Solidity tests are checked here too. Behaviour only: the simulated backend's gas rules are not our
// chain's (bench/oracle measures gas on anvil with paris rules).
package oraclebind

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"github.com/campus-grid/gridchain/chain/simtest"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/reading"
)

// RejectReason values of IOracleClient (part of the ABI).
const (
	reasonUnassignedMeter uint8 = 1
	reasonNotNewer        uint8 = 4
	reasonBadSignature    uint8 = 6
)

// Request statuses of IOracleClient.
const (
	statusPending   uint8 = 1
	statusFulfilled uint8 = 2
	statusExpired   uint8 = 3
)

var gridPerWh = big.NewInt(1e15)

func key(t *testing.T, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	require.NoError(t, err)
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// typedDataDigest is the EIP-712 digest of a reading, computed by go-ethereum's generic encoder.
func typedDataDigest(t *testing.T, chainID *big.Int, verifyingContract common.Address, r oracleclient.IOracleClientReading) common.Hash {
	t.Helper()
	u64 := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Reading": {
				{Name: "meterId", Type: "bytes32"}, {Name: "intervalStart", Type: "uint64"},
				{Name: "intervalEnd", Type: "uint64"}, {Name: "exportWh", Type: "uint64"},
				{Name: "importWh", Type: "uint64"}, {Name: "seq", Type: "uint64"},
			},
		},
		PrimaryType: "Reading",
		Domain: apitypes.TypedDataDomain{
			Name: "CampusGridMeter", Version: "1",
			ChainId:           (*math.HexOrDecimal256)(chainID),
			VerifyingContract: verifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"meterId":       hexutil.Encode(r.MeterId[:]),
			"intervalStart": u64(r.IntervalStart),
			"intervalEnd":   u64(r.IntervalEnd),
			"exportWh":      u64(r.ExportWh),
			"importWh":      u64(r.ImportWh),
			"seq":           u64(r.Seq),
		},
	}
	raw, _, err := apitypes.TypedDataAndHash(td)
	require.NoError(t, err)
	return common.BytesToHash(raw)
}

type env struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	gov      *ecdsa.PrivateKey
	operator *ecdsa.PrivateKey
	keeper   *ecdsa.PrivateKey

	reg       *registry.Registry
	tok       *gridtoken.GridToken
	orc       *oracleclient.OracleClient
	regAddr   common.Address
	regC      *bind.BoundContract
	tokC      *bind.BoundContract
	orcC      *bind.BoundContract
	orcAddr   common.Address
	meterKeys map[[32]byte]*ecdsa.PrivateKey
}

func newTestEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, gov: key(t, "gov"), operator: key(t, "operator"), keeper: key(t, "keeper"),
		meterKeys: map[[32]byte]*ecdsa.PrivateKey{}}
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{e.gov, e.operator, e.keeper} {
		alloc[addr(k)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	e.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = e.sim.Close() })
	e.client = e.sim.Client()
	var err error
	e.chainID, err = e.client.ChainID(context.Background())
	require.NoError(t, err)

	gov := addr(e.gov)
	e.reg, e.tok, e.orc = registry.NewRegistry(), gridtoken.NewGridToken(), oracleclient.NewOracleClient()
	e.regAddr = e.deploy(&registry.RegistryMetaData, e.reg.PackConstructor(gov))
	tokAddr := e.deploy(&gridtoken.GridTokenMetaData, e.tok.PackConstructor(e.regAddr, gov))
	e.orcAddr = e.deploy(&oracleclient.OracleClientMetaData, e.orc.PackConstructor(e.regAddr, tokAddr, gov, 100))
	e.regC = e.reg.Instance(e.client, e.regAddr)
	e.tokC = e.tok.Instance(e.client, tokAddr)
	e.orcC = e.orc.Instance(e.client, e.orcAddr)

	// Wire the roles as the deployer does: OracleClient mints and burns, the relayer operates it.
	registrar := e.call32(e.regC, e.reg.PackREGISTRARROLE(), e.reg.UnpackREGISTRARROLE)
	minter := e.call32(e.tokC, e.tok.PackMINTERROLE(), e.tok.UnpackMINTERROLE)
	burner := e.call32(e.tokC, e.tok.PackBURNERROLE(), e.tok.UnpackBURNERROLE)
	operatorRole := e.call32(e.orcC, e.orc.PackORACLEOPERATORROLE(), e.orc.UnpackORACLEOPERATORROLE)
	makerRole := e.call32(e.orcC, e.orc.PackMARKETMAKERROLE(), e.orc.UnpackMARKETMAKERROLE)
	e.send(e.gov, e.regC, e.reg.PackGrantRole(registrar, gov))
	e.send(e.gov, e.tokC, e.tok.PackGrantRole(minter, e.orcAddr))
	e.send(e.gov, e.tokC, e.tok.PackGrantRole(burner, e.orcAddr))
	e.send(e.gov, e.orcC, e.orc.PackGrantRole(operatorRole, addr(e.operator)))
	e.send(e.gov, e.orcC, e.orc.PackGrantRole(makerRole, addr(e.keeper)))
	return e
}

func (e *env) deploy(meta *bind.MetaData, input []byte) common.Address {
	e.t.Helper()
	a, tx, err := bind.DeployContract(bind.NewKeyedTransactor(e.gov, e.chainID), common.FromHex(meta.Bin), e.client, input)
	e.mine(tx, err)
	return a
}

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	require.NoError(e.t, err)
	e.sim.Commit()
	receipt, err := bind.WaitMined(context.Background(), e.client, tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt
}

func (e *env) send(k *ecdsa.PrivateKey, c *bind.BoundContract, input []byte) *types.Receipt {
	e.t.Helper()
	return e.mine(bind.Transact(c, bind.NewKeyedTransactor(k, e.chainID), input))
}

func (e *env) call32(c *bind.BoundContract, input []byte, unpack func([]byte) ([32]byte, error)) [32]byte {
	e.t.Helper()
	v, err := bind.Call(c, nil, input, unpack)
	require.NoError(e.t, err)
	return v
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := bind.Call(e.tokC, nil, e.tok.PackBalanceOf(a), e.tok.UnpackBalanceOf)
	require.NoError(e.t, err)
	return b
}

func (e *env) prosumer(name string) common.Address {
	e.t.Helper()
	a := addr(key(e.t, name))
	e.send(e.gov, e.regC, e.reg.PackRegisterUser(a, 1, name+"'s rooftop"))
	return a
}

func (e *env) assignMeter(name string, owner common.Address) [32]byte {
	e.t.Helper()
	id := crypto.Keccak256Hash([]byte(name))
	k := key(e.t, "meter key "+name)
	e.meterKeys[id] = k
	e.send(e.gov, e.regC, e.reg.PackAssignMeter(id, owner, addr(k)))
	return id
}

// reading builds the reading of meter id ending `intervals` 15-minute intervals after the chain's
// genesis time, so that it always ends after the meter's assignment.
func (e *env) reading(id [32]byte, seq uint64, intervals uint64, exportWh, importWh uint64) oracleclient.IOracleClientReading {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(context.Background(), nil)
	require.NoError(e.t, err)
	end := head.Time + intervals*900
	return oracleclient.IOracleClientReading{MeterId: id, IntervalStart: end - 900, IntervalEnd: end,
		ExportWh: exportWh, ImportWh: importWh, Seq: seq}
}

// sign signs the reading with k the way a meter does: EIP-712 digest, 65 bytes r||s||v, v 27 or 28.
func (e *env) sign(k *ecdsa.PrivateKey, r oracleclient.IOracleClientReading) []byte {
	e.t.Helper()
	digest := typedDataDigest(e.t, e.chainID, e.regAddr, r)
	sig, err := crypto.Sign(digest[:], k)
	require.NoError(e.t, err)
	sig[64] += 27
	return sig
}

// advanceTo moves the chain's clock to ts (when behind it): OracleClient refuses readings that end more
// than MAX_CLOCK_SKEW after the block time, and relayers bring readings after their interval ended.
func (e *env) advanceTo(ts uint64) {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(context.Background(), nil)
	require.NoError(e.t, err)
	if head.Time < ts {
		simtest.AdjustTime(e.t, e.sim, time.Duration(ts-head.Time)*time.Second)
	}
}

func (e *env) submit(readings []oracleclient.IOracleClientReading, sigs [][]byte) (*types.Receipt, uint64) {
	e.t.Helper()
	var last uint64
	for _, r := range readings {
		last = max(last, r.IntervalEnd)
	}
	e.advanceTo(last)
	input := e.orc.PackSubmitReadings(readings, sigs)
	// The relayer can simulate first: the return value says how many readings would apply.
	applied, err := bind.Call(e.orcC, &bind.CallOpts{From: addr(e.operator)}, input, e.orc.UnpackSubmitReadings)
	require.NoError(e.t, err)
	return e.send(e.operator, e.orcC, input), applied.Uint64()
}

func wh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), gridPerWh) }

func TestDigestAgreesWithContractAndReadingPackage(t *testing.T) {
	e := newTestEnv(t)
	sep, err := bind.Call(e.orcC, nil, e.orc.PackDomainSeparator(), e.orc.UnpackDomainSeparator)
	require.NoError(t, err)
	domain := reading.NewDomain(e.chainID.Uint64(), e.regAddr)
	require.Equal(t, domain.Separator(), common.Hash(sep))

	r := e.reading(crypto.Keccak256Hash([]byte("m")), 77, 3, 123_456, 7_890)
	onChain, err := bind.Call(e.orcC, nil, e.orc.PackHashReading(r), e.orc.UnpackHashReading)
	require.NoError(t, err)
	require.Equal(t, typedDataDigest(t, e.chainID, e.regAddr, r), common.Hash(onChain), "apitypes vs contract")
	pkg := reading.Reading{MeterID: r.MeterId, IntervalStart: r.IntervalStart, IntervalEnd: r.IntervalEnd,
		ExportWh: r.ExportWh, ImportWh: r.ImportWh, Seq: r.Seq}
	require.Equal(t, domain.Digest(&pkg), common.Hash(onChain), "package reading vs contract")
}

func TestSubmitReadingsMintsAndBurns(t *testing.T) {
	e := newTestEnv(t)
	alice, bob := e.prosumer("alice"), e.prosumer("bob")
	roofA := e.assignMeter("CU-ENG3-ROOF-01", alice)
	roofB := e.assignMeter("CU-ENG3-ROOF-02", alice)
	dorm := e.assignMeter("CU-DORM-A-12", bob)
	unassigned := crypto.Keccak256Hash([]byte("CU-NOWHERE"))

	// Baselines: the first reading of each meter mints nothing.
	base := []oracleclient.IOracleClientReading{
		e.reading(roofA, 1, 1, 10_000, 500), e.reading(roofB, 1, 1, 0, 0), e.reading(dorm, 1, 1, 0, 2_000),
	}
	sigs := make([][]byte, len(base))
	for i, r := range base {
		sigs[i] = e.sign(e.meterKeys[r.MeterId], r)
	}
	_, applied := e.submit(base, sigs)
	require.Equal(t, uint64(3), applied)
	require.Zero(t, e.balance(alice).Sign())

	// One batch: three good readings, a replayed baseline and a reading of an unassigned meter.
	batch := []oracleclient.IOracleClientReading{
		e.reading(roofA, 2, 2, 12_000, 500),   // +2,000 Wh export
		e.reading(roofB, 2, 2, 500, 100),      // +500 export, +100 import (covered by alice's GRID)
		e.reading(dorm, 2, 2, 0, 2_300),       // +300 import, bob holds nothing: all grid import
		base[0],                               // replay
		e.reading(unassigned, 1, 2, 9_999, 0), // no owner
	}
	sigs = [][]byte{
		e.sign(e.meterKeys[roofA], batch[0]), e.sign(e.meterKeys[roofB], batch[1]),
		e.sign(e.meterKeys[dorm], batch[2]), sigs[0], e.sign(e.meterKeys[roofA], batch[4]),
	}
	receipt, applied := e.submit(batch, sigs)
	require.Equal(t, uint64(3), applied)
	require.Equal(t, wh(2_000+500-100), e.balance(alice))
	require.Zero(t, e.balance(bob).Sign())

	var appliedEvents []*oracleclient.OracleClientReadingApplied
	rejected := map[[32]byte]uint8{}
	var gridImport *big.Int
	for _, l := range receipt.Logs {
		if ev, err := e.orc.UnpackReadingAppliedEvent(l); err == nil {
			appliedEvents = append(appliedEvents, ev)
		}
		if ev, err := e.orc.UnpackReadingRejectedEvent(l); err == nil {
			rejected[ev.MeterId] = ev.Reason
		}
		if ev, err := e.orc.UnpackGridImportRecordedEvent(l); err == nil {
			require.Equal(t, bob, ev.Owner)
			gridImport = ev.Amount
		}
	}
	require.Len(t, appliedEvents, 3)
	require.Equal(t, wh(2_000), appliedEvents[0].Minted)
	require.Equal(t, wh(100), appliedEvents[1].Burned)
	require.Equal(t, map[[32]byte]uint8{roofA: reasonNotNewer, unassigned: reasonUnassignedMeter}, rejected)
	require.Equal(t, wh(300), gridImport)

	// A second relayer bringing the same batch again changes nothing.
	_, applied = e.submit(batch, sigs)
	require.Zero(t, applied)
	require.Equal(t, wh(2_400), e.balance(alice))

	// A reading signed by a key that is not the meter's is skipped.
	forged := e.reading(dorm, 3, 3, 50_000, 2_300)
	receipt, applied = e.submit([]oracleclient.IOracleClientReading{forged}, [][]byte{e.sign(key(t, "mallory"), forged)})
	require.Zero(t, applied)
	ev, err := e.orc.UnpackReadingRejectedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, reasonBadSignature, ev.Reason)

	state, err := bind.Call(e.orcC, nil, e.orc.PackMeterState(roofA), e.orc.UnpackMeterState)
	require.NoError(t, err)
	require.Equal(t, oracleclient.IOracleClientMeterState{Seq: 2, ExportWh: 12_000, ImportWh: 500,
		IntervalEnd: batch[0].IntervalEnd, Assignment: 1}, state)
}

func TestRequestFulfilAndExpiryThroughUpkeep(t *testing.T) {
	e := newTestEnv(t)
	alice := e.prosumer("alice")
	roof := e.assignMeter("CU-ENG3-ROOF-01", alice)
	r1 := e.reading(roof, 1, 1, 1_000, 0)
	e.submit([]oracleclient.IOracleClientReading{r1}, [][]byte{e.sign(e.meterKeys[roof], r1)})

	request := func(intervalEnd uint64) *big.Int {
		receipt := e.send(e.keeper, e.orcC, e.orc.PackRequestEnergyData(roof, intervalEnd))
		for _, l := range receipt.Logs {
			if ev, err := e.orc.UnpackEnergyDataRequestedEvent(l); err == nil {
				return ev.RequestId
			}
		}
		t.Fatal("no EnergyDataRequested event")
		return nil
	}
	status := func(id *big.Int) uint8 {
		req, err := bind.Call(e.orcC, nil, e.orc.PackGetRequest(id), e.orc.UnpackGetRequest)
		require.NoError(t, err)
		return req.Status
	}

	covered := request(r1.IntervalEnd)
	require.Equal(t, statusFulfilled, status(covered), "already covered: fulfilled at once")

	r2 := e.reading(roof, 2, 4, 3_500, 0)
	answered := request(r2.IntervalEnd)
	unanswered := request(r2.IntervalEnd + 900)
	require.Equal(t, statusPending, status(answered))
	e.advanceTo(r2.IntervalEnd)
	e.send(e.operator, e.orcC, e.orc.PackFulfillEnergyData(answered, r2, e.sign(e.meterKeys[roof], r2)))
	require.Equal(t, statusFulfilled, status(answered))
	require.Equal(t, wh(2_500), e.balance(alice))

	// checkUpkeep is simulation only: eth_call from the zero address.
	check := func() oracleclient.CheckUpkeepOutput {
		out, err := bind.Call(e.orcC, &bind.CallOpts{From: common.Address{}}, e.orc.PackCheckUpkeep(nil), e.orc.UnpackCheckUpkeep)
		require.NoError(t, err)
		return out
	}
	require.False(t, check().UpkeepNeeded)
	for range 101 {
		e.sim.Commit()
	}
	out := check()
	require.True(t, out.UpkeepNeeded)
	e.send(e.keeper, e.orcC, e.orc.PackPerformUpkeep(out.PerformData))
	require.Equal(t, statusExpired, status(unanswered))
	require.False(t, check().UpkeepNeeded)
	// A second keeper with the same performData: a no-op, not a revert.
	receipt := e.send(e.keeper, e.orcC, e.orc.PackPerformUpkeep(out.PerformData))
	require.Empty(t, receipt.Logs)
}

// vectors mirrors contracts/test/vectors/readings.json (the layout of reading/testdata/vectors.json).
type vectors struct {
	ChainID         uint64         `json:"chainId"`
	Registry        common.Address `json:"verifyingContract"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	ReadingTypeHash common.Hash    `json:"readingTypeHash"`
	Vectors         []struct {
		PrivateKey hexutil.Bytes   `json:"privateKey"`
		Signer     common.Address  `json:"signer"`
		Reading    reading.Reading `json:"reading"`
		StructHash common.Hash     `json:"structHash"`
		Digest     common.Hash     `json:"digest"`
		Signature  hexutil.Bytes   `json:"signature"`
	} `json:"vectors"`
}

func TestSolidityVectors(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "contracts", "test", "vectors", "readings.json"))
	require.NoError(t, err)
	var v vectors
	require.NoError(t, json.Unmarshal(raw, &v))
	require.NotEmpty(t, v.Vectors)
	require.Equal(t, reading.ReadingTypeHash, v.ReadingTypeHash)
	domain := reading.NewDomain(v.ChainID, v.Registry)
	require.Equal(t, domain.Separator(), v.DomainSeparator)
	for i, vec := range v.Vectors {
		r := oracleclient.IOracleClientReading{MeterId: vec.Reading.MeterID, IntervalStart: vec.Reading.IntervalStart,
			IntervalEnd: vec.Reading.IntervalEnd, ExportWh: vec.Reading.ExportWh, ImportWh: vec.Reading.ImportWh, Seq: vec.Reading.Seq}
		require.Equal(t, vec.StructHash, vec.Reading.StructHash(), "vector %d", i)
		require.Equal(t, vec.Digest, typedDataDigest(t, new(big.Int).SetUint64(v.ChainID), v.Registry, r), "vector %d", i)
		k, err := crypto.ToECDSA(vec.PrivateKey)
		require.NoError(t, err)
		require.Equal(t, vec.Signer, addr(k), "vector %d", i)
		// RFC 6979: Go's signature over the same digest is byte-identical to forge's.
		sig, err := crypto.Sign(vec.Digest[:], k)
		require.NoError(t, err)
		sig[64] += 27
		require.Equal(t, []byte(vec.Signature), sig, "vector %d", i)
		require.NoError(t, domain.Verify(&reading.Signed{Reading: vec.Reading, Signature: vec.Signature}, vec.Signer), "vector %d", i)
	}
}
