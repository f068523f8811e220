// Package reading defines a smart meter's signed reading and its EIP-712 encoding, shared by the
// meter simulator, meterbridge and the oracle relayer. The digest is the one OracleClient verifies
// on-chain:
//
//	domain  EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	        name "CampusGridMeter", version "1", verifyingContract = the Registry address
//	struct  Reading(bytes32 meterId,uint64 intervalStart,uint64 intervalEnd,uint64 exportWh,uint64 importWh,uint64 seq)
//	digest  keccak256(0x1901 || domainSeparator || hashStruct(reading))
//
// Signatures are 65 bytes r||s||v with v 27 or 28 and s in the lower half of the curve order.
package reading

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain name and version of the EIP-712 signing domain.
const (
	DomainName    = "CampusGridMeter"
	DomainVersion = "1"
	// SignatureLength is the length of r||s||v.
	SignatureLength = 65
)

// Type strings hashed into the type hashes.
const (
	DomainType  = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	ReadingType = "Reading(bytes32 meterId,uint64 intervalStart,uint64 intervalEnd,uint64 exportWh,uint64 importWh,uint64 seq)"
)

var (
	// DomainTypeHash is keccak256(DomainType).
	DomainTypeHash = crypto.Keccak256Hash([]byte(DomainType))
	// ReadingTypeHash is keccak256(ReadingType).
	ReadingTypeHash = crypto.Keccak256Hash([]byte(ReadingType))

	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
	// Big-endian 32-byte forms, compared without allocating.
	secp256k1NBytes, secp256k1HalfNBytes [32]byte
)

func init() {
	secp256k1N.FillBytes(secp256k1NBytes[:])
	secp256k1HalfN.FillBytes(secp256k1HalfNBytes[:])
}

var (
	ErrSignatureLength = errors.New("signature is not 65 bytes")
	ErrSignatureV      = errors.New("signature v is not 27 or 28")
	ErrSignatureHighS  = errors.New("signature s is not in the lower half order")
	ErrSignatureRange  = errors.New("signature r or s out of range")
	ErrRecover         = errors.New("signature recovery failed")
	ErrWrongSigner     = errors.New("reading not signed by the meter's key")
)

// Reading is one interval of a meter: cumulative counters at the end of the interval.
type Reading struct {
	MeterID       common.Hash `json:"meterId"`
	IntervalStart uint64      `json:"intervalStart"`
	IntervalEnd   uint64      `json:"intervalEnd"`
	ExportWh      uint64      `json:"exportWh"`
	ImportWh      uint64      `json:"importWh"`
	Seq           uint64      `json:"seq"`
}

// Signed is a reading with the meter's signature.
type Signed struct {
	Reading
	Signature hexutil.Bytes `json:"signature"`
}

// Domain is the EIP-712 signing domain: one chain, one Registry.
type Domain struct {
	ChainID  uint64
	Registry common.Address
	sep      common.Hash
}

// NewDomain computes the domain separator once.
func NewDomain(chainID uint64, registry common.Address) *Domain {
	d := &Domain{ChainID: chainID, Registry: registry}
	var buf [5 * 32]byte
	copy(buf[0:32], DomainTypeHash[:])
	copy(buf[32:64], crypto.Keccak256([]byte(DomainName)))
	copy(buf[64:96], crypto.Keccak256([]byte(DomainVersion)))
	new(big.Int).SetUint64(chainID).FillBytes(buf[96:128])
	copy(buf[128+12:160], registry[:])
	d.sep = crypto.Keccak256Hash(buf[:])
	return d
}

// Separator is the EIP-712 domain separator.
func (d *Domain) Separator() common.Hash { return d.sep }

var keccakPool = sync.Pool{New: func() any { return crypto.NewKeccakState() }}

func keccak(data []byte) (h common.Hash) {
	kh := keccakPool.Get().(crypto.KeccakState)
	kh.Reset()
	kh.Write(data)
	kh.Read(h[:])
	keccakPool.Put(kh)
	return h
}

// StructHash is hashStruct(reading).
func (r *Reading) StructHash() common.Hash {
	var buf [7 * 32]byte
	copy(buf[0:32], ReadingTypeHash[:])
	copy(buf[32:64], r.MeterID[:])
	binary.BigEndian.PutUint64(buf[64+24:96], r.IntervalStart)
	binary.BigEndian.PutUint64(buf[96+24:128], r.IntervalEnd)
	binary.BigEndian.PutUint64(buf[128+24:160], r.ExportWh)
	binary.BigEndian.PutUint64(buf[160+24:192], r.ImportWh)
	binary.BigEndian.PutUint64(buf[192+24:224], r.Seq)
	return keccak(buf[:])
}

// Digest is the EIP-712 digest that the meter signs.
func (d *Domain) Digest(r *Reading) common.Hash {
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:34], d.sep[:])
	sh := r.StructHash()
	copy(buf[34:66], sh[:])
	return keccak(buf[:])
}

// Sign signs r with key. The signature is r||s||v with v 27 or 28 and low s.
func (d *Domain) Sign(r *Reading, key *ecdsa.PrivateKey) (*Signed, error) {
	digest := d.Digest(r)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign reading %s/%d: %w", r.MeterID, r.Seq, err)
	}
	sig[64] += 27
	return &Signed{Reading: *r, Signature: sig}, nil
}

// CheckSignature rejects a malformed, malleable (high s) or out-of-range signature.
func CheckSignature(sig []byte) error {
	if len(sig) != SignatureLength {
		return ErrSignatureLength
	}
	if v := sig[64]; v != 27 && v != 28 {
		return ErrSignatureV
	}
	r, s := sig[0:32], sig[32:64]
	if isZero(r) || isZero(s) || bytes.Compare(r, secp256k1NBytes[:]) >= 0 {
		return ErrSignatureRange
	}
	if bytes.Compare(s, secp256k1HalfNBytes[:]) > 0 {
		return ErrSignatureHighS
	}
	return nil
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// Recover returns the address that signed the reading.
func (d *Domain) Recover(s *Signed) (common.Address, error) {
	if err := CheckSignature(s.Signature); err != nil {
		return common.Address{}, err
	}
	digest := d.Digest(&s.Reading)
	var sig [SignatureLength]byte
	copy(sig[:], s.Signature)
	sig[64] -= 27
	pub, err := crypto.Ecrecover(digest[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrRecover, err)
	}
	var addr common.Address
	h := keccak(pub[1:])
	copy(addr[:], h[12:])
	return addr, nil
}

// Verify checks that signer signed the reading.
func (d *Domain) Verify(s *Signed, signer common.Address) error {
	got, err := d.Recover(s)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: recovered %s, meter key %s", ErrWrongSigner, got, signer)
	}
	return nil
}
