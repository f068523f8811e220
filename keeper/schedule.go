package keeper

import (
	"context"
	"time"
)

// Schedule is a market's epoch clock: epoch e runs from First + e*Length to First + (e+1)*Length
// (seconds since the Unix epoch), as in Trading.
type Schedule struct {
	Length uint64 // seconds per epoch
	First  uint64 // start of epoch 0
}

// Valid reports whether the schedule is known.
func (s Schedule) Valid() bool { return s.Length > 0 }

// End is the time at which epoch e ends (and becomes due for clearing).
func (s Schedule) End(epoch uint64) uint64 { return s.First + (epoch+1)*s.Length }

// EpochAt is the epoch a block stamped ts belongs to (0 before First).
func (s Schedule) EpochAt(ts uint64) uint64 {
	if ts < s.First || s.Length == 0 {
		return 0
	}
	return (ts - s.First) / s.Length
}

// NextEnd is the first epoch end strictly after now.
func (s Schedule) NextEnd(now time.Time) time.Time {
	ts := uint64(now.Unix())
	if ts < s.First {
		return time.Unix(int64(s.First+s.Length), 0)
	}
	return time.Unix(int64(s.End(s.EpochAt(ts))), 0)
}

// ScheduleSource tells the keeper an upkeep's epoch schedule (Trading's epochLength and
// firstEpochStart).
type ScheduleSource interface {
	Schedule(ctx context.Context) (Schedule, error)
}

// StaticSchedule is a schedule given in the configuration.
type StaticSchedule Schedule

func (s StaticSchedule) Schedule(context.Context) (Schedule, error) { return Schedule(s), nil }
