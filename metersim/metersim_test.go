package metersim

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/simclock"
)

func TestKeysAreDeterministic(t *testing.T) {
	a, b := NewMeters("seed", "CAMPUS", 0, 5), NewMeters("seed", "CAMPUS", 0, 5)
	c := NewMeters("other seed", "CAMPUS", 0, 5)
	for i := range a {
		require.Equal(t, a[i].Signer, b[i].Signer)
		require.Equal(t, a[i].ID, b[i].ID)
		require.NotEqual(t, a[i].Signer, c[i].Signer)
	}
	require.Equal(t, "CAMPUS-SOLAR-000000", a[0].Name)
	require.Equal(t, NameToID("CAMPUS-SOLAR-000000"), a[0].ID)
	require.Equal(t, Office, KindOf(1))
	require.Equal(t, Dormitory, KindOf(3))
	require.Equal(t, Lab, KindOf(5))
}

func TestProfiles(t *testing.T) {
	day := time.Date(2026, 1, 6, 0, 0, 0, 0, simclock.Bangkok) // a Tuesday
	rng := rand.New(rand.NewPCG(1, 2))
	solar := NewProfile(Solar, rng)
	ex, im := solar.Step(day.Add(12*time.Hour), 15*time.Minute)
	require.Greater(t, ex, 0.0, "a rooftop exports at noon")
	require.Zero(t, im)
	ex, im = solar.Step(day.Add(2*time.Hour), 15*time.Minute)
	require.Zero(t, ex, "no PV at 2:00")
	require.Greater(t, im, 0.0)

	office := NewProfile(Office, rng)
	_, night := office.Step(day.Add(3*time.Hour), time.Hour)
	_, noon := office.Step(day.Add(13*time.Hour), time.Hour)
	require.Greater(t, noon, 2*night, "offices draw most by day")

	dorm := NewProfile(Dormitory, rng)
	_, afternoon := dorm.Step(day.Add(15*time.Hour), time.Hour)
	_, evening := dorm.Step(day.Add(21*time.Hour), time.Hour)
	require.Greater(t, evening, afternoon, "dormitories peak in the evening")
}

func TestCountersOnlyGrow(t *testing.T) {
	m := NewMeters("seed", "CAMPUS", 0, 1)[0]
	start := uint64(1_767_225_600)
	r1 := m.Next(start, start+900, 10.6, 3.2)
	r2 := m.Next(0, start+1800, 0.7, 0.9)
	require.Equal(t, uint64(1), r1.Seq)
	require.Equal(t, uint64(2), r2.Seq)
	require.Equal(t, r1.IntervalEnd, r2.IntervalStart, "intervals follow each other")
	require.GreaterOrEqual(t, r2.ExportWh, r1.ExportWh)
	require.Equal(t, uint64(11), r2.ExportWh, "fractions of a Wh carry over")
}
