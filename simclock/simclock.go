// Package simclock is the campus's simulated clock, the one place that says what time of day it
// is on the simulated campus. The meter simulator's load and solar profiles and the campus's epoch
// lines all read it; nothing else derives a campus time of day from the wall clock.
//
// Campus time runs Compression times as fast as real time (15: a real minute stands for a quarter
// of an hour). A new campus starts its day in the morning (MorningHour in Bangkok), whatever the
// wall clock says, so that rooftops export and the market trades within its first epochs. The
// campus keeps the clock with its state (a small JSON file next to the devnet's deployment
// manifest): a campus that stops and starts again continues at the campus time it had reached,
// instead of jumping to the wall clock's time of day.
package simclock

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Bangkok is the campus time zone (UTC+7, no daylight saving).
var Bangkok = time.FixedZone("ICT", 7*3600)

// MorningHour is the Bangkok hour a new campus clock starts at: mid-morning, when the rooftops
// already export more than their buildings use.
const MorningHour = 9

// Errors of the clock and its state file.
var (
	ErrBadCompression = errors.New("simclock: compression must be positive")
	ErrNoDeployment   = errors.New("simclock: the deployment the clock belongs to is empty")
	ErrBadState       = errors.New("simclock: unusable clock state")
)

// Clock maps real time to campus time: at real time Real the campus time was Sim, and campus time
// runs Compression times as fast as real time from there. It is monotonic: a later real time never
// maps to an earlier campus time.
type Clock struct {
	Real        time.Time `json:"real"`
	Sim         time.Time `json:"sim"`
	Compression float64   `json:"compression"`
}

// Check rejects a clock that cannot run.
func (c Clock) Check() error {
	if c.Compression <= 0 {
		return ErrBadCompression
	}
	if c.Real.IsZero() || c.Sim.IsZero() {
		return fmt.Errorf("%w: no origin", ErrBadState)
	}
	return nil
}

// Starting is a clock whose campus time is sim at real time now.
func Starting(now, sim time.Time, compression float64) Clock {
	return Clock{Real: now, Sim: sim.In(Bangkok), Compression: compression}
}

// New is the clock of a new campus: at real time now it is MorningHour in Bangkok on the Bangkok
// date of now, whatever the time of day of now.
func New(now time.Time, compression float64) Clock {
	return Starting(now, Morning(now), compression)
}

// Morning is MorningHour in Bangkok on the Bangkok date of wall.
func Morning(wall time.Time) time.Time {
	y, m, d := wall.In(Bangkok).Date()
	return time.Date(y, m, d, MorningHour, 0, 0, 0, Bangkok)
}

// At is the campus time at real time t.
func (c Clock) At(t time.Time) time.Time {
	return c.Sim.Add(c.Span(t.Sub(c.Real))).In(Bangkok)
}

// Span is the campus time that passes in the real duration d.
func (c Clock) Span(d time.Duration) time.Duration {
	return time.Duration(float64(d) * c.Compression)
}

// State is what a campus keeps of its clock between runs.
type State struct {
	// Deployment names the chain and contracts the clock belongs to; a clock kept for another
	// deployment is not resumed.
	Deployment string `json:"deployment"`
	// Clock is the current run's clock; the processes of the run follow it (Load).
	Clock Clock `json:"clock"`
	// Seen is the real time of the last checkpoint: the campus clock stopped at Clock.At(Seen).
	Seen time.Time `json:"seen"`
}

// File is a campus's clock kept at a path. Its methods are safe for concurrent use.
type File struct {
	path    string
	resumed bool

	mu    sync.Mutex
	state State
}

// Open starts the campus clock of a run that begins at real time now. With no state at path, or
// the state of another deployment, the clock is new (New: campus morning). Otherwise it resumes at
// the campus time where the previous run's clock stopped (its last checkpoint), now running at
// compression. The run's clock is written to path before Open returns.
func Open(path, deployment string, compression float64, now time.Time) (*File, error) {
	if deployment == "" {
		return nil, ErrNoDeployment
	}
	if compression <= 0 {
		return nil, ErrBadCompression
	}
	f := &File{path: path, state: State{Deployment: deployment, Clock: New(now, compression), Seen: now}}
	prev, err := readState(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, err
	case prev.Deployment == deployment:
		f.state.Clock = Starting(now, prev.Clock.At(prev.Seen), compression)
		f.resumed = true
	}
	if err := f.write(); err != nil {
		return nil, err
	}
	return f, nil
}

// Clock is the run's clock.
func (f *File) Clock() Clock {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state.Clock
}

// Resumed reports whether the run continues the clock of an earlier run.
func (f *File) Resumed() bool { return f.resumed }

// Path is where the clock is kept.
func (f *File) Path() string { return f.path }

// Checkpoint records that the run's clock ran until real time now, so that the next run resumes
// from there. A checkpoint earlier than the last one is ignored: the resumed clock never goes back.
func (f *File) Checkpoint(now time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !now.After(f.state.Seen) {
		return nil
	}
	f.state.Seen = now
	return f.write()
}

// Load reads the clock of the current run from path (written by Open).
func Load(path string) (Clock, error) {
	st, err := readState(path)
	if err != nil {
		return Clock{}, err
	}
	return st.Clock, nil
}

func readState(path string) (State, error) {
	var st State
	raw, err := os.ReadFile(path)
	if err != nil {
		return st, fmt.Errorf("read campus clock: %w", err)
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		return st, fmt.Errorf("%w: %s: %w", ErrBadState, path, err)
	}
	if err := st.Clock.Check(); err != nil {
		return st, fmt.Errorf("%s: %w", path, err)
	}
	if st.Seen.IsZero() {
		return st, fmt.Errorf("%w: %s: no checkpoint", ErrBadState, path)
	}
	return st, nil
}

// write replaces the file atomically (a temporary file renamed over it), so that a reader or a
// crash never sees half a state.
func (f *File) write() error {
	raw, err := json.MarshalIndent(f.state, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.path), ".campus-clock-*")
	if err != nil {
		return fmt.Errorf("write campus clock: %w", err)
	}
	defer os.Remove(tmp.Name()) //nolint:errcheck // gone after the rename
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("write campus clock: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write campus clock: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write campus clock: %w", err)
	}
	if err := os.Rename(tmp.Name(), f.path); err != nil {
		return fmt.Errorf("write campus clock: %w", err)
	}
	return nil
}
