package oracleit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/reading"
)

// Campus is a set of simulated meters (metersim's profiles and keys) registered on the devnet.
type Campus struct {
	e      *Env
	Meters []*metersim.Meter
	Owners map[common.Hash]common.Address
	domain *reading.Domain
	// sim is the simulated clock of the profiles (a sunny weekday noon in Bangkok, so that
	// rooftops export); each reading advances it by SimStep.
	sim     time.Time
	SimStep time.Duration
	// All are the readings made so far, in the order they were made.
	All     []reading.Signed
	lastEnd uint64
}

// NewCampus registers n meters of a fresh seed to fresh prosumers.
func (e *Env) NewCampus(ctx context.Context, seed string, n int) (*Campus, error) {
	// Meter ids carry the seed: every run has meters of its own.
	meters := metersim.NewMeters(seed, "OR"+seed, 0, n)
	signers := map[common.Hash]common.Address{}
	for _, m := range meters {
		signers[m.ID] = m.Signer
	}
	owners, err := e.Register(ctx, signers)
	if err != nil {
		return nil, err
	}
	bkk := time.FixedZone("ICT", 7*3600)
	return &Campus{e: e, Meters: meters, Owners: owners, domain: reading.NewDomain(e.ChainID.Uint64(), e.Registry),
		sim: time.Date(2026, 3, 10, 11, 0, 0, 0, bkk), SimStep: 15 * time.Minute}, nil
}

// IDs lists the meter ids.
func (c *Campus) IDs() []common.Hash {
	out := make([]common.Hash, len(c.Meters))
	for i, m := range c.Meters {
		out[i] = m.ID
	}
	return out
}

// Round makes one signed reading per meter for the real interval ending at end (unix seconds),
// with the energy of the next simulated step.
func (c *Campus) Round(start, end uint64) ([]reading.Signed, error) {
	out := make([]reading.Signed, 0, len(c.Meters))
	for _, m := range c.Meters {
		exp, imp := m.Profile.Step(c.sim, c.SimStep)
		r := m.Next(start, end, exp, imp)
		s, err := c.domain.Sign(&r, m.Key)
		if err != nil {
			return nil, err
		}
		out = append(out, *s)
	}
	c.sim = c.sim.Add(c.SimStep)
	c.All = append(c.All, out...)
	return out, nil
}

// Rounds makes n rounds of step-second intervals starting now.
func (c *Campus) Rounds(n int, step uint64) ([]reading.Signed, error) {
	var out []reading.Signed
	// Intervals follow on from the last one (which may end in the near future).
	t := max(uint64(time.Now().Unix())+1, c.lastEnd)
	for i := 0; i < n; i++ {
		rs, err := c.Round(t, t+step)
		if err != nil {
			return nil, err
		}
		out = append(out, rs...)
		t += step
		c.lastEnd = t
	}
	return out, nil
}

// Post sends readings to meterbridge in batches of batch, retrying while meterbridge does not
// know the meters yet (its Registry follower catches up) or is unavailable.
func (c *Campus) Post(ctx context.Context, b *Bridge, rs []reading.Signed, batch int) error {
	client := metersim.NewClient(b.URL, b.HeadToken, 2, false)
	for lo := 0; lo < len(rs); lo += batch {
		body, err := metersim.EncodeBatch(rs[lo:min(len(rs), lo+batch)])
		if err != nil {
			return err
		}
		err = Poll(ctx, 2*time.Minute, 200*time.Millisecond, "post readings", func(ctx context.Context) (bool, error) {
			_, err := client.PostBody(ctx, body)
			switch {
			case err == nil:
				return true, nil
			case errors.Is(err, metersim.ErrRejected) && !strings.Contains(err.Error(), "unknown_meter"):
				return false, fmt.Errorf("%w: %v", errStop, err)
			default:
				return false, nil // unknown meter (follower lagging), 503: try again
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

var errStop = errors.New("meterbridge refused the batch")

// Expected applies OracleClient's rules to the readings in seq order per meter: the first
// reading sets the baseline; later ones mint the export delta and burn the import delta up to
// the balance. It returns each owner's GRID.
func (c *Campus) Expected() map[common.Address]*big.Int {
	type st struct {
		started  bool
		exp, imp uint64
	}
	meters := map[common.Hash]*st{}
	bal := map[common.Address]*big.Int{}
	for _, o := range c.Owners {
		bal[o] = new(big.Int)
	}
	wh := big.NewInt(1e15)
	for _, r := range c.All {
		m := meters[r.MeterID]
		if m == nil {
			m = &st{}
			meters[r.MeterID] = m
		}
		o := c.Owners[r.MeterID]
		if m.started {
			bal[o].Add(bal[o], new(big.Int).Mul(new(big.Int).SetUint64(r.ExportWh-m.exp), wh))
			burn := new(big.Int).Mul(new(big.Int).SetUint64(r.ImportWh-m.imp), wh)
			if burn.Cmp(bal[o]) > 0 {
				burn.Set(bal[o])
			}
			bal[o].Sub(bal[o], burn)
		}
		m.started, m.exp, m.imp = true, r.ExportWh, r.ImportWh
	}
	return bal
}

// Settled reports whether every owner's GRID equals Expected and every reading was applied on
// chain exactly once (none twice, none missing).
func (c *Campus) Settled(ctx context.Context, fromBlock uint64) (bool, string, error) {
	want := c.Expected()
	for o, w := range want {
		got, err := c.e.Balance(ctx, o)
		if err != nil {
			return false, "", err
		}
		if got.Cmp(w) != 0 {
			return false, fmt.Sprintf("owner %s has %s GRID base units, metered %s", o, got, w), nil
		}
	}
	count, _, err := c.e.Applied(ctx, fromBlock, c.IDs())
	if err != nil {
		return false, "", err
	}
	for _, r := range c.All {
		k := fmt.Sprintf("%s/%d", r.MeterID, r.Seq)
		if count[k] != 1 {
			return false, fmt.Sprintf("reading %s applied %d times", k, count[k]), nil
		}
	}
	return true, "", nil
}

// ExportWh is the metered export after each meter's baseline (for reports).
func (c *Campus) ExportWh() uint64 {
	first, last := map[common.Hash]uint64{}, map[common.Hash]uint64{}
	for _, r := range c.All {
		if _, ok := first[r.MeterID]; !ok {
			first[r.MeterID] = r.ExportWh
		}
		last[r.MeterID] = r.ExportWh
	}
	var sum uint64
	for id, l := range last {
		sum += l - first[id]
	}
	return sum
}

// LastEnd is the end of the last interval made.
func (c *Campus) LastEnd() uint64 { return c.lastEnd }
