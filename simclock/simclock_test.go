package simclock

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// bkk is a wall clock reading in Bangkok.
func bkk(day, hour, minute int) time.Time {
	return time.Date(2026, 12, day, hour, minute, 0, 0, Bangkok)
}

func TestNewCampusStartsInTheMorning(t *testing.T) {
	for _, tc := range []struct {
		name string
		wall time.Time
	}{
		{"21:45 in Bangkok (14:45 UTC)", time.Date(2026, 12, 4, 14, 45, 0, 0, time.UTC)},
		{"just after midnight in Bangkok", bkk(5, 0, 10)},
		{"03:30 in Bangkok", bkk(5, 3, 30)},
		{"noon in Bangkok", bkk(5, 12, 0)},
		{"23:59 in Bangkok", bkk(5, 23, 59)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "campus-clock.json")
			f, err := Open(path, "chain-a", 15, tc.wall)
			require.NoError(t, err)
			require.False(t, f.Resumed())
			start := f.Clock().At(tc.wall)
			require.Equal(t, MorningHour, start.In(Bangkok).Hour(), "campus time at start: %s", start)
			require.Zero(t, start.Minute())
			// Fifteen real minutes later it is 03:45 of campus time later.
			require.Equal(t, start.Add(225*time.Minute), f.Clock().At(tc.wall.Add(15*time.Minute)))

			// The processes of the run follow the clock Open wrote.
			loaded, err := Load(path)
			require.NoError(t, err)
			require.True(t, start.Equal(loaded.At(tc.wall)))
			require.Equal(t, 15.0, loaded.Compression)
		})
	}
}

func TestResumesWhereItStopped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "campus-clock.json")
	first := time.Date(2026, 12, 4, 14, 45, 0, 0, time.UTC) // 21:45 in Bangkok
	f, err := Open(path, "chain-a", 15, first)
	require.NoError(t, err)
	require.NoError(t, f.Checkpoint(first.Add(10*time.Minute))) // campus 09:00 + 2h30
	// A checkpoint from a clock that went back does not move the stop back.
	require.NoError(t, f.Checkpoint(first.Add(5*time.Minute)))
	stopped := bkk(4, 11, 30)

	// Nine hours later, on the same chain: the campus goes on at 11:30, not at the wall clock's hour
	// nor at what the old clock would say now; a new compression applies from there.
	again := first.Add(9 * time.Hour)
	g, err := Open(path, "chain-a", 30, again)
	require.NoError(t, err)
	require.True(t, g.Resumed())
	require.True(t, stopped.Equal(g.Clock().At(again)), "resumed at %s, want %s", g.Clock().At(again), stopped)
	require.True(t, stopped.Add(time.Hour).Equal(g.Clock().At(again.Add(2*time.Minute))))

	// Stopped again without a checkpoint after the start: it resumes at the same campus time.
	h, err := Open(path, "chain-a", 30, again.Add(time.Hour))
	require.NoError(t, err)
	require.True(t, stopped.Equal(h.Clock().At(again.Add(time.Hour))))

	// A new chain (another deployment) starts a new campus day in the morning.
	n, err := Open(path, "chain-b", 15, again.Add(2*time.Hour))
	require.NoError(t, err)
	require.False(t, n.Resumed())
	require.Equal(t, MorningHour, n.Clock().At(again.Add(2*time.Hour)).Hour())
}

func TestMonotonic(t *testing.T) {
	path := filepath.Join(t.TempDir(), "campus-clock.json")
	wall := time.Date(2026, 12, 4, 14, 45, 0, 0, time.UTC)
	var last time.Time
	for run := 0; run < 4; run++ {
		f, err := Open(path, "chain-a", 15+float64(run)*10, wall)
		require.NoError(t, err)
		for i := 0; i < 50; i++ {
			now := wall.Add(time.Duration(i) * 7 * time.Second)
			at := f.Clock().At(now)
			require.False(t, at.Before(last), "run %d step %d: %s after %s", run, i, at, last)
			last = at
			require.NoError(t, f.Checkpoint(now))
		}
		wall = wall.Add(time.Duration(run+1) * 5 * time.Hour) // stopped for hours
	}
}

func TestBadState(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "campus-clock.json")
	_, err := Open(path, "", 15, time.Now())
	require.ErrorIs(t, err, ErrNoDeployment)
	_, err = Open(path, "chain-a", 0, time.Now())
	require.ErrorIs(t, err, ErrBadCompression)
	_, err = Load(path)
	require.ErrorIs(t, err, os.ErrNotExist)

	require.NoError(t, os.WriteFile(path, []byte("{not json"), 0o644))
	_, err = Open(path, "chain-a", 15, time.Now())
	require.ErrorIs(t, err, ErrBadState, "a damaged clock is reported, not silently restarted")
	require.NoError(t, os.WriteFile(path, []byte(`{"deployment":"chain-a","clock":{"compression":15}}`), 0o644))
	_, err = Load(path)
	require.ErrorIs(t, err, ErrBadState)
}
