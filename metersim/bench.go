package metersim

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/campus-grid/gridchain/reading"
)

// BenchConfig sizes a load test: Workers posters, each owning Meters/Workers meters and posting
// their readings in order (so no reading of a meter overtakes an earlier one).
type BenchConfig struct {
	Sim      Config // Seed, Prefix, Meters, ChainID, Registry, MaxBatch
	PerMeter int    // readings per meter (consecutive 15-minute intervals in the past)
	Workers  int    // concurrent posters
}

// Corpus is a signed and encoded load, ready to post.
type Corpus struct {
	Bodies   [][][]byte // per worker, in order
	Readings int
}

// BuildCorpus signs every reading before the timing starts.
func BuildCorpus(cfg BenchConfig) (*Corpus, error) {
	if err := cfg.Sim.Check(); err != nil {
		return nil, err
	}
	if cfg.PerMeter < 1 || cfg.Workers < 1 || cfg.Workers > cfg.Sim.Meters {
		return nil, errors.New("bench: per-meter readings and workers must be at least 1, workers at most the meters")
	}
	meters := NewMeters(cfg.Sim.Seed, cfg.Sim.Prefix, cfg.Sim.From, cfg.Sim.Meters)
	domain := reading.NewDomain(cfg.Sim.ChainID, cfg.Sim.Registry)
	const interval = 15 * time.Minute
	base := time.Now().Add(-interval * time.Duration(cfg.PerMeter+1)).Truncate(interval)
	c := &Corpus{Bodies: make([][][]byte, cfg.Workers)}
	groups := make([][]*Meter, cfg.Workers)
	for i, m := range meters {
		groups[i%cfg.Workers] = append(groups[i%cfg.Workers], m)
	}
	type job struct {
		worker, slot int
		batch        []reading.Reading
		keys         []*Meter
	}
	var jobs []job
	for w, group := range groups {
		for j := 0; j < cfg.PerMeter; j++ {
			start := base.Add(interval * time.Duration(j))
			for lo := 0; lo < len(group); lo += cfg.Sim.MaxBatch {
				chunk := group[lo:min(lo+cfg.Sim.MaxBatch, len(group))]
				b := job{worker: w, slot: len(c.Bodies[w]), keys: chunk}
				for _, m := range chunk {
					ex, im := m.Profile.Step(start, interval)
					b.batch = append(b.batch, m.Next(uint64(start.Unix()), uint64(start.Add(interval).Unix()), ex, im))
				}
				c.Bodies[w] = append(c.Bodies[w], nil)
				jobs = append(jobs, b)
				c.Readings += len(chunk)
			}
		}
	}
	errs := make([]error, len(jobs))
	parallel(len(jobs), func(i int) {
		jb := jobs[i]
		signed := make([]reading.Signed, len(jb.batch))
		for k := range jb.batch {
			s, err := domain.Sign(&jb.batch[k], jb.keys[k].Key)
			if err != nil {
				errs[i] = err
				return
			}
			signed[k] = *s
		}
		body, err := EncodeBatch(signed)
		if err != nil {
			errs[i] = err
			return
		}
		c.Bodies[jb.worker][jb.slot] = body
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return c, nil
}

// BenchResult is what a load test measured.
type BenchResult struct {
	Readings       int     `json:"readings"`
	Accepted       int     `json:"accepted"`
	Seconds        float64 `json:"seconds"`
	ReadingsPerSec float64 `json:"readings_per_s"`
	Batches        int     `json:"batches"`
	Workers        int     `json:"workers"`
}

// RunBench posts the corpus with one goroutine per worker and times it from the first request to
// the last acknowledgement. Every reading must be accepted (not a duplicate, not rejected).
func RunBench(ctx context.Context, client *Client, c *Corpus) (BenchResult, error) {
	res := BenchResult{Readings: c.Readings, Workers: len(c.Bodies)}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	start := time.Now()
	for _, bodies := range c.Bodies {
		wg.Add(1)
		go func(bodies [][]byte) {
			defer wg.Done()
			for _, body := range bodies {
				resp, err := client.PostBody(ctx, body)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
					mu.Unlock()
					return
				}
				res.Accepted += resp.Accepted
				res.Batches++
				mu.Unlock()
			}
		}(bodies)
	}
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	res.ReadingsPerSec = float64(res.Accepted) / res.Seconds
	if err := errors.Join(errs...); err != nil {
		return res, err
	}
	if res.Accepted != res.Readings {
		return res, fmt.Errorf("bench: %d of %d readings accepted", res.Accepted, res.Readings)
	}
	return res, nil
}

// MergeJSON sets keys in a JSON object file that other benchmarks write too
// (build/bench/readings.json), atomically.
func MergeJSON(path string, kv map[string]any) error {
	doc := map[string]any{}
	if raw, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(raw, &doc); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for k, v := range kv {
		doc[k] = v
	}
	raw, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
