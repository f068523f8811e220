package reading

import (
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

func testKey(t testing.TB, i int) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("campus-grid reading test key"), big.NewInt(int64(i)).Bytes()))
	require.NoError(t, err)
	return key
}

// asciiID is bytes32("name") as Solidity writes it: left-aligned, zero-padded.
func asciiID(name string) (h common.Hash) {
	copy(h[:], name)
	return h
}

var testRegistry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

func sample(i uint64) Reading {
	return Reading{
		MeterID:       asciiID("KMUTT-SOLAR-" + string(rune('0'+i%10))),
		IntervalStart: 1_767_225_600 + 900*i,
		IntervalEnd:   1_767_225_600 + 900*(i+1),
		ExportWh:      12_345 + 1000*i,
		ImportWh:      678 + 10*i,
		Seq:           i + 1,
	}
}

// apitypesDigest computes the digest with go-ethereum's generic EIP-712 encoder: an independent
// implementation to check the hand-rolled fast one against.
func apitypesDigest(t *testing.T, chainID uint64, registry common.Address, r Reading) common.Hash {
	t.Helper()
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
			Name: DomainName, Version: DomainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
			VerifyingContract: registry.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"meterId":       r.MeterID.Hex(),
			"intervalStart": new(big.Int).SetUint64(r.IntervalStart),
			"intervalEnd":   new(big.Int).SetUint64(r.IntervalEnd),
			"exportWh":      new(big.Int).SetUint64(r.ExportWh),
			"importWh":      new(big.Int).SetUint64(r.ImportWh),
			"seq":           new(big.Int).SetUint64(r.Seq),
		},
	}
	raw, _, err := apitypes.TypedDataAndHash(td)
	require.NoError(t, err)
	return common.BytesToHash(raw)
}

func TestDigestMatchesGenericEncoder(t *testing.T) {
	tests := []struct {
		name    string
		chainID uint64
		r       Reading
	}{
		{name: "typical", chainID: 1337, r: sample(3)},
		{name: "zero counters", chainID: 1, r: Reading{MeterID: common.HexToHash("0x01"), IntervalEnd: 1, Seq: 1}},
		{name: "max values", chainID: 1<<63 + 5, r: Reading{
			MeterID:       common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
			IntervalStart: 1<<64 - 2, IntervalEnd: 1<<64 - 1, ExportWh: 1<<64 - 1, ImportWh: 1<<64 - 1, Seq: 1<<64 - 1,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDomain(tc.chainID, testRegistry)
			require.Equal(t, apitypesDigest(t, tc.chainID, testRegistry, tc.r), d.Digest(&tc.r))
		})
	}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	key := testKey(t, 1)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	r := sample(1)
	s, err := d.Sign(&r, key)
	require.NoError(t, err)
	require.Len(t, s.Signature, SignatureLength)
	require.Contains(t, []byte{27, 28}, s.Signature[64])
	require.NoError(t, CheckSignature(s.Signature))
	require.NoError(t, d.Verify(s, signer))

	t.Run("wrong signer", func(t *testing.T) {
		other := crypto.PubkeyToAddress(testKey(t, 2).PublicKey)
		require.ErrorIs(t, d.Verify(s, other), ErrWrongSigner)
	})
	t.Run("tampered field", func(t *testing.T) {
		for _, mutate := range []func(*Reading){
			func(r *Reading) { r.MeterID[31] ^= 1 },
			func(r *Reading) { r.IntervalStart++ },
			func(r *Reading) { r.IntervalEnd++ },
			func(r *Reading) { r.ExportWh++ },
			func(r *Reading) { r.ImportWh++ },
			func(r *Reading) { r.Seq++ },
		} {
			c := *s
			c.Signature = append([]byte(nil), s.Signature...)
			mutate(&c.Reading)
			require.ErrorIs(t, d.Verify(&c, signer), ErrWrongSigner)
		}
	})
	t.Run("other domain", func(t *testing.T) {
		require.ErrorIs(t, NewDomain(1338, testRegistry).Verify(s, signer), ErrWrongSigner)
		require.ErrorIs(t, NewDomain(1337, common.HexToAddress("0x01")).Verify(s, signer), ErrWrongSigner)
	})
	t.Run("malleable high s", func(t *testing.T) {
		c := *s
		c.Signature = append([]byte(nil), s.Signature...)
		sv := new(big.Int).SetBytes(c.Signature[32:64])
		new(big.Int).Sub(secp256k1N, sv).FillBytes(c.Signature[32:64])
		c.Signature[64] = 55 - c.Signature[64] // 27 <-> 28
		require.ErrorIs(t, d.Verify(&c, signer), ErrSignatureHighS)
	})
	t.Run("bad v and length", func(t *testing.T) {
		c := *s
		c.Signature = append([]byte(nil), s.Signature...)
		c.Signature[64] -= 27
		require.ErrorIs(t, d.Verify(&c, signer), ErrSignatureV)
		c.Signature = c.Signature[:64]
		require.ErrorIs(t, d.Verify(&c, signer), ErrSignatureLength)
		zero := *s
		zero.Signature = make([]byte, 65)
		zero.Signature[64] = 27
		require.ErrorIs(t, d.Verify(&zero, signer), ErrSignatureRange)
	})
}

func TestRecoverBatch(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	var batch []Signed
	var want []common.Address
	for i := 0; i < 300; i++ {
		key := testKey(t, i%7)
		r := sample(uint64(i))
		s, err := d.Sign(&r, key)
		require.NoError(t, err)
		batch = append(batch, *s)
		want = append(want, crypto.PubkeyToAddress(key.PublicKey))
	}
	batch[17].Signature = batch[17].Signature[:10]
	for _, workers := range []int{0, 1, 3} {
		got, errs := d.RecoverBatch(batch, workers)
		for i := range batch {
			if i == 17 {
				require.ErrorIs(t, errs[i], ErrSignatureLength)
				continue
			}
			require.NoError(t, errs[i])
			require.Equal(t, want[i], got[i])
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := NewDomain(1337, testRegistry)
	r := sample(4)
	s, err := d.Sign(&r, testKey(t, 4))
	require.NoError(t, err)
	raw, err := json.Marshal(s)
	require.NoError(t, err)
	var back Signed
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, *s, back)
}

// Vectors is the layout of testdata/vectors.json, shared with the Solidity tests.
type Vectors struct {
	Comment         string         `json:"comment"`
	DomainType      string         `json:"domainType"`
	ReadingType     string         `json:"readingType"`
	DomainTypeHash  common.Hash    `json:"domainTypeHash"`
	ReadingTypeHash common.Hash    `json:"readingTypeHash"`
	Name            string         `json:"name"`
	Version         string         `json:"version"`
	ChainID         uint64         `json:"chainId"`
	Registry        common.Address `json:"verifyingContract"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	Vectors         []Vector       `json:"vectors"`
}

// Vector is one signed reading with its intermediate hashes.
type Vector struct {
	PrivateKey hexutil.Bytes  `json:"privateKey"`
	Signer     common.Address `json:"signer"`
	Reading    Reading        `json:"reading"`
	StructHash common.Hash    `json:"structHash"`
	Digest     common.Hash    `json:"digest"`
	Signature  hexutil.Bytes  `json:"signature"`
}

func buildVectors(t *testing.T) Vectors {
	const chainID = 31337
	d := NewDomain(chainID, testRegistry)
	v := Vectors{
		Comment:    "EIP-712 meter readings: generated by `go test ./reading -run TestVectors -update`; RFC 6979 signatures are deterministic",
		DomainType: DomainType, ReadingType: ReadingType,
		DomainTypeHash: DomainTypeHash, ReadingTypeHash: ReadingTypeHash,
		Name: DomainName, Version: DomainVersion, ChainID: chainID, Registry: testRegistry,
		DomainSeparator: d.Separator(),
	}
	readings := []Reading{sample(0), sample(1), sample(2),
		{MeterID: common.HexToHash("0xabcdef"), IntervalStart: 0, IntervalEnd: 900, ExportWh: 0, ImportWh: 0, Seq: 1},
		{MeterID: common.HexToHash("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
			IntervalStart: 1<<64 - 2, IntervalEnd: 1<<64 - 1, ExportWh: 1<<64 - 1, ImportWh: 1<<64 - 1, Seq: 1<<64 - 1},
	}
	for i, r := range readings {
		key := testKey(t, i%3)
		s, err := d.Sign(&r, key)
		require.NoError(t, err)
		v.Vectors = append(v.Vectors, Vector{
			PrivateKey: crypto.FromECDSA(key), Signer: crypto.PubkeyToAddress(key.PublicKey),
			Reading: r, StructHash: r.StructHash(), Digest: d.Digest(&r), Signature: s.Signature,
		})
	}
	return v
}

func TestVectors(t *testing.T) {
	path := filepath.Join("testdata", "vectors.json")
	want := buildVectors(t)
	if *update {
		raw, err := json.MarshalIndent(want, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, append(raw, '\n'), 0o644))
	}
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var got Vectors
	require.NoError(t, json.Unmarshal(raw, &got))
	require.Equal(t, want, got, "vectors.json is stale or the encoding changed")
	d := NewDomain(got.ChainID, got.Registry)
	for _, v := range got.Vectors {
		s := Signed{Reading: v.Reading, Signature: v.Signature}
		require.NoError(t, d.Verify(&s, v.Signer))
		require.Equal(t, apitypesDigest(t, got.ChainID, got.Registry, v.Reading), v.Digest)
	}
}

func BenchmarkRecover(b *testing.B) {
	d := NewDomain(1337, testRegistry)
	r := sample(1)
	s, err := d.Sign(&r, testKey(b, 1))
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Recover(s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestContractVectors checks the vectors that the Solidity tests produce from OracleClient
// (contracts/test/vectors/readings.json): the Go digest, signature and recovery must agree.
func TestContractVectors(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "contracts", "test", "vectors", "readings.json"))
	if os.IsNotExist(err) {
		t.Skip("contracts/test/vectors/readings.json not generated yet")
	}
	require.NoError(t, err)
	var v Vectors
	require.NoError(t, json.Unmarshal(raw, &v))
	require.NotEmpty(t, v.Vectors)
	require.Equal(t, DomainName, v.Name)
	require.Equal(t, DomainVersion, v.Version)
	require.Equal(t, DomainTypeHash, v.DomainTypeHash)
	require.Equal(t, ReadingTypeHash, v.ReadingTypeHash)
	d := NewDomain(v.ChainID, v.Registry)
	require.Equal(t, v.DomainSeparator, d.Separator())
	for i, vec := range v.Vectors {
		r := vec.Reading
		require.Equal(t, vec.StructHash, r.StructHash(), "vector %d struct hash", i)
		require.Equal(t, vec.Digest, d.Digest(&r), "vector %d digest", i)
		key, err := crypto.ToECDSA(vec.PrivateKey)
		require.NoError(t, err)
		require.Equal(t, vec.Signer, crypto.PubkeyToAddress(key.PublicKey))
		s, err := d.Sign(&r, key)
		require.NoError(t, err)
		require.Equal(t, vec.Signature, s.Signature, "vector %d: RFC 6979 signatures are deterministic", i)
		require.NoError(t, d.Verify(&Signed{Reading: r, Signature: vec.Signature}, vec.Signer), "vector %d", i)
	}
}

func TestCheckSignatureBounds(t *testing.T) {
	sig := func(r, s *big.Int) []byte {
		out := make([]byte, 65)
		r.FillBytes(out[0:32])
		s.FillBytes(out[32:64])
		out[64] = 27
		return out
	}
	one := big.NewInt(1)
	require.NoError(t, CheckSignature(sig(one, secp256k1HalfN)))
	require.ErrorIs(t, CheckSignature(sig(one, new(big.Int).Add(secp256k1HalfN, one))), ErrSignatureHighS)
	require.ErrorIs(t, CheckSignature(sig(secp256k1N, one)), ErrSignatureRange)
	require.NoError(t, CheckSignature(sig(new(big.Int).Sub(secp256k1N, one), one)))
	require.ErrorIs(t, CheckSignature(sig(new(big.Int), one)), ErrSignatureRange)
	require.ErrorIs(t, CheckSignature(sig(one, new(big.Int))), ErrSignatureRange)
}
