// Package metersim simulates a campus of smart meters: rooftop solar and building loads, each
// meter with its own deterministic key, signing EIP-712 readings and posting them to meterbridge.
package metersim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/campus-grid/gridchain/simclock"
)

// Kind is a meter's load or generation profile.
type Kind int

// Profiles of campus meters.
const (
	Solar     Kind = iota // a rooftop PV system behind the meter of a small building (net exporter by day)
	Office                // faculty offices and lecture halls: weekday daytime air conditioning
	Dormitory             // student housing: mornings, evenings and night-time air conditioning
	Lab                   // laboratories: a high base load around the clock, more by day
	numKinds
)

func (k Kind) String() string {
	switch k {
	case Solar:
		return "SOLAR"
	case Office:
		return "OFFICE"
	case Dormitory:
		return "DORM"
	case Lab:
		return "LAB"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Profile draws a meter's power over (simulated) time. Positive net = consumption.
type Profile struct {
	Kind      Kind
	PeakPVW   float64 // PV capacity in W (solar only)
	BaseLoadW float64 // load at night
	PeakLoadW float64 // extra load at the profile's busiest hour

	rng   *rand.Rand
	cloud float64 // 0 clear .. 1 overcast, an AR(1) process
}

// NewProfile sizes a meter of kind k from its own random source.
func NewProfile(k Kind, rng *rand.Rand) *Profile {
	p := &Profile{Kind: k, rng: rng, cloud: rng.Float64() * 0.5}
	switch k {
	case Solar:
		p.PeakPVW = 5_000 + rng.Float64()*45_000 // 5 .. 50 kWp rooftops
		p.BaseLoadW = 300 + rng.Float64()*1_500
		p.PeakLoadW = 2_000 + rng.Float64()*8_000
	case Office:
		p.BaseLoadW = 2_000 + rng.Float64()*6_000
		p.PeakLoadW = 15_000 + rng.Float64()*60_000
	case Dormitory:
		p.BaseLoadW = 5_000 + rng.Float64()*10_000
		p.PeakLoadW = 20_000 + rng.Float64()*40_000
	case Lab:
		p.BaseLoadW = 20_000 + rng.Float64()*30_000
		p.PeakLoadW = 10_000 + rng.Float64()*30_000
	}
	return p
}

// daylight is the clear-sky PV output fraction at local hour h (sunrise ~6:00, sunset ~18:30).
func daylight(h float64) float64 {
	const rise, set = 6.0, 18.5
	if h <= rise || h >= set {
		return 0
	}
	return math.Pow(math.Sin(math.Pi*(h-rise)/(set-rise)), 1.3)
}

func bump(h, centre, width float64) float64 {
	d := (h - centre) / width
	return math.Exp(-d * d)
}

// loadShape is the fraction of the peak extra load at local hour h on a weekday or weekend.
func (p *Profile) loadShape(h float64, weekend bool) float64 {
	switch p.Kind {
	case Office:
		if weekend {
			return 0.1 * bump(h, 13, 3)
		}
		if h < 7 || h > 19.5 {
			return 0.05
		}
		return 0.55 + 0.45*bump(h, 14, 3.5)
	case Dormitory:
		return 0.25 + 0.45*bump(h, 7, 1.2) + 0.8*bump(h, 21, 2.5) + 0.6*bump(h, 1.5, 2.5)
	case Lab:
		if weekend {
			return 0.2
		}
		return 0.2 + 0.8*bump(h, 13, 4)
	default: // the building behind a solar rooftop: an office-like day
		if weekend {
			return 0.1
		}
		return 0.1 + 0.9*bump(h, 13, 4)
	}
}

// Step returns the energy exported to and imported from the grid, in Wh, over the simulated
// span [at, at+span), integrated in one-minute steps.
func (p *Profile) Step(at time.Time, span time.Duration) (exportWh, importWh float64) {
	const dt = time.Minute
	for t := time.Duration(0); t < span; t += dt {
		step := min(dt, span-t)
		local := at.Add(t).In(simclock.Bangkok)
		h := float64(local.Hour()) + float64(local.Minute())/60
		weekend := local.Weekday() == time.Saturday || local.Weekday() == time.Sunday
		// Clouds drift slowly with random gusts; PV sees 25..100% of clear sky.
		p.cloud = 0.98*p.cloud + 0.02*p.rng.Float64() + 0.05*(p.rng.Float64()-0.5)
		p.cloud = math.Min(1, math.Max(0, p.cloud))
		pv := p.PeakPVW * daylight(h) * (1 - 0.75*p.cloud)
		load := p.BaseLoadW + p.PeakLoadW*p.loadShape(h, weekend)
		load *= 1 + 0.1*(p.rng.Float64()-0.5)
		net := load - pv
		hours := step.Hours()
		if net < 0 {
			exportWh += -net * hours
		} else {
			importWh += net * hours
		}
	}
	return exportWh, importWh
}
