package metersim

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/campus-grid/gridchain/reading"
)

// Meter is one simulated meter: its identity, key, profile and running counters.
type Meter struct {
	Index   int
	Name    string
	ID      common.Hash
	Key     *ecdsa.PrivateKey
	Signer  common.Address
	Profile *Profile

	Seq         uint64
	IntervalEnd uint64
	exportWh    float64
	importWh    float64
}

// Key derives meter i's private key from seed: keccak256("gridchain/metersim/" || seed || i),
// re-hashed in the negligible case it is not a valid secp256k1 scalar. The devnet registers the
// same keys by calling this function.
func Key(seed string, i int) *ecdsa.PrivateKey {
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(i))
	h := crypto.Keccak256([]byte("gridchain/metersim/"), []byte(seed), idx[:])
	for {
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
		h = crypto.Keccak256(h)
	}
}

// KindOf spreads the profiles over the meters: every other meter is a solar rooftop, the rest
// are offices, dormitories and labs in turn.
func KindOf(i int) Kind {
	if i%2 == 0 {
		return Solar
	}
	return []Kind{Office, Dormitory, Lab}[(i/2)%3]
}

// MeterName is meter i's name, e.g. "CAMPUS-SOLAR-000004"; its id is the name as a left-aligned
// bytes32 (what Solidity's bytes32("...") gives).
func MeterName(prefix string, i int) string {
	return fmt.Sprintf("%s-%s-%06d", prefix, KindOf(i), i)
}

// NameToID is bytes32(name): the ASCII bytes left-aligned and zero-padded (at most 32 bytes).
func NameToID(name string) common.Hash {
	var h common.Hash
	copy(h[:], name)
	return h
}

// NewMeters builds meters [from, from+n) of a campus.
func NewMeters(seed, prefix string, from, n int) []*Meter {
	out := make([]*Meter, 0, n)
	for i := from; i < from+n; i++ {
		key := Key(seed, i)
		var s [8]byte
		binary.BigEndian.PutUint64(s[:], uint64(i))
		rng := rand.New(rand.NewPCG(binary.BigEndian.Uint64(crypto.Keccak256([]byte(seed), s[:])[:8]), uint64(i)))
		name := MeterName(prefix, i)
		out = append(out, &Meter{Index: i, Name: name, ID: NameToID(name), Key: key,
			Signer: crypto.PubkeyToAddress(key.PublicKey), Profile: NewProfile(KindOf(i), rng)})
	}
	return out
}

// Resume continues the counters of a meter from its latest stored reading.
func (m *Meter) Resume(r reading.Reading) {
	m.Seq = r.Seq
	m.IntervalEnd = r.IntervalEnd
	m.exportWh = float64(r.ExportWh)
	m.importWh = float64(r.ImportWh)
}

// Next advances the meter to intervalEnd (real unix seconds) with the energy of the simulated
// span, and returns the reading. The interval starts where the previous one ended (or at
// intervalStart for the first reading).
func (m *Meter) Next(intervalStart, intervalEnd uint64, exportWh, importWh float64) reading.Reading {
	if m.IntervalEnd != 0 {
		intervalStart = m.IntervalEnd
	}
	m.exportWh += exportWh
	m.importWh += importWh
	m.Seq++
	m.IntervalEnd = intervalEnd
	return reading.Reading{MeterID: m.ID, IntervalStart: intervalStart, IntervalEnd: intervalEnd,
		ExportWh: uint64(m.exportWh), ImportWh: uint64(m.importWh), Seq: m.Seq}
}
