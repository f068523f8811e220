package reading

import (
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Assignment is one Registry assignment of a meter: who held it, with which key (the last one, for
// an ended assignment), from when to when (block timestamps).
type Assignment struct {
	// Number is the Registry's assignment number (1, 2, … per meter; 0 for a static meter table).
	Number uint32
	Owner  common.Address
	Signer common.Address
	// AssignedAt and UnassignedAt are the block timestamps of MeterAssigned and MeterUnassigned;
	// UnassignedAt is 0 while the assignment lasts.
	AssignedAt   uint64
	UnassignedAt uint64
}

// AssignmentAt returns the assignment of a meter in force at t, the rule of Registry.assignmentAt
// that OracleClient applies to a reading's intervalEnd: the latest assignment that began at or
// before t, unless it ended before t (an assignment that ends at t still holds t; one that begins
// at t takes it over). history is the meter's assignments in the Registry's order (time order),
// the current one, if any, last. false: nobody held the meter at t, so nobody is credited for a
// reading read then.
func AssignmentAt(history []Assignment, t uint64) (Assignment, bool) {
	i := sort.Search(len(history), func(i int) bool { return history[i].AssignedAt > t }) - 1
	if i < 0 {
		return Assignment{}, false
	}
	a := history[i]
	if a.UnassignedAt != 0 && t > a.UnassignedAt {
		return Assignment{}, false
	}
	return a, true
}
