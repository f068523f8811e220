package txmgr_test

import (
	"testing"

	"github.com/campus-grid/gridchain/txmgr"
	"github.com/campus-grid/gridchain/txmgr/txmgrtest"
)

func TestMemoryStore(t *testing.T) {
	txmgrtest.StoreSuite(t, func(*testing.T) txmgr.Store { return txmgr.NewMemoryStore() })
}
