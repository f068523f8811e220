package meterbridge

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/reading"
)

// A meter is unassigned and reassigned to another owner; a reading metered while the first owner
// held it arrives afterwards. It is checked against that assignment's key and counters (not the
// new owner's), stored and served; a reading metered while nobody held the meter is refused.
func TestLateReadingOfEndedAssignment(t *testing.T) {
	e := newTestEnv(t, 3)
	id := e.ids[0]
	oldKey, newKey := 0, 1 // indexes into e.keys: the first owner's meter key, the second owner's
	addr := func(k int) common.Address { return crypto.PubkeyToAddress(e.keys[k].PublicKey) }
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	base := uint64(e.clock.Now().Unix()) - 100*900

	e.meters.Assign(id, MeterInfo{Signer: addr(oldKey), Owner: alice, Assignment: 1, AssignedAt: base})
	rd := func(seq, end, exp, imp uint64) reading.Reading {
		return reading.Reading{MeterID: id, Seq: seq, IntervalStart: end - 900, IntervalEnd: end, ExportWh: exp, ImportWh: imp}
	}
	post := func(key int, rs ...reading.Reading) answer {
		t.Helper()
		var b []reading.Signed
		for _, r := range rs {
			b = append(b, e.sign(key, r))
		}
		return e.post(b)
	}
	for seq := uint64(1); seq <= 3; seq++ {
		a := post(oldKey, rd(seq, base+seq*900, 1000+100*seq, 500))
		require.Equal(t, http.StatusOK, a.status, a.raw)
	}
	// Reading 4 (ends at base+3600) is metered, then the meter is unassigned at base+3900 and
	// given to bob at base+4500 with his own key; his counters and seq start again.
	unassignedAt, reassignedAt := base+3900, base+4500
	e.meters.Unassign(id, unassignedAt)
	e.meters.Assign(id, MeterInfo{Signer: addr(newKey), Owner: bob, Assignment: 2, AssignedAt: reassignedAt})
	for seq := uint64(1); seq <= 2; seq++ {
		a := post(newKey, rd(seq, reassignedAt+seq*900, 10*seq, 5))
		require.Equal(t, http.StatusOK, a.status, a.raw)
	}

	late := rd(4, base+3600, 1400, 510)
	tests := []struct {
		name     string
		key      int
		r        reading.Reading
		wantCode string
	}{
		{"late reading signed with the new owner's key", newKey, late, CodeBadSignature},
		{"late reading with counters below the old assignment's", oldKey, rd(4, base+3600, 1200, 510), CodeCounterRegression},
		{"late reading of the old assignment", oldKey, late, ""},
		{"the same again is a duplicate", oldKey, late, ""},
		{"reading ending at the unassignment is still the old owner's", oldKey,
			reading.Reading{MeterID: id, Seq: 5, IntervalStart: base + 3600, IntervalEnd: unassignedAt, ExportWh: 1450, ImportWh: 520}, ""},
		{"metered while nobody held the meter, old key", oldKey, rd(6, unassignedAt+300, 1500, 530), CodeNoAssignment},
		{"metered while nobody held the meter, new key", newKey, rd(3, reassignedAt-1, 30, 5), CodeNoAssignment},
		{"before the first assignment", oldKey, rd(1, base-1, 900, 400), CodeNoAssignment},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(tc.key, tc.r)
			if tc.wantCode == "" {
				require.Equal(t, http.StatusOK, a.status, a.raw)
				return
			}
			require.Equal(t, http.StatusUnprocessableEntity, a.status, a.raw)
			require.Equal(t, tc.wantCode, a.code(), a.raw)
		})
	}

	// Stored once each, under the assignment they belong to, and served in commit order: the late
	// readings come after bob's.
	var got []string
	for _, r := range e.store.rows {
		got = append(got, fmt.Sprintf("%d/%d/%s", r.Assignment, r.Signed.Seq, r.Signer.Hex()[:6]))
	}
	o, n := addr(oldKey).Hex()[:6], addr(newKey).Hex()[:6]
	want := []string{"1/1/" + o, "1/2/" + o, "1/3/" + o, "2/1/" + n, "2/2/" + n, "1/4/" + o, "1/5/" + o}
	require.Equal(t, want, got)
	a := e.do(http.MethodGet, "/v1/readings?after=5&limit=10", "", nil)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	served := a.body["readings"].([]any)
	require.Len(t, served, 2)
	for i, seq := range []float64{4, 5} {
		require.Equal(t, seq, served[i].(map[string]any)["seq"])
		require.Equal(t, addr(oldKey).Hex(), common.HexToAddress(served[i].(map[string]any)["signer"].(string)).Hex())
	}
}

// A meter the Registry never assigned is unknown, whatever the interval.
func TestNeverAssignedMeterIsUnknown(t *testing.T) {
	e := newTestEnv(t, 1)
	var stranger common.Hash
	copy(stranger[:], "NEVER-ASSIGNED")
	r := reading.Reading{MeterID: stranger, Seq: 1, IntervalStart: 1000, IntervalEnd: 1900}
	a := e.post([]reading.Signed{e.sign(0, r)})
	require.Equal(t, http.StatusUnprocessableEntity, a.status, a.raw)
	require.Equal(t, CodeUnknownMeter, a.code())
}
