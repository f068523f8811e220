package svcconfig_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/keeper"
	"github.com/campus-grid/gridchain/meterbridge"
	"github.com/campus-grid/gridchain/oracle"
	"github.com/campus-grid/gridchain/svcconfig"
)

// TestNoTestHooksInProductionConfig: no setting of a shipped daemon can make it exit at a test's
// crash point (those hooks are options that only the tests' own binaries pass).
func TestNoTestHooksInProductionConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  any
	}{
		{"meterbridge", meterbridge.DefaultConfig()},
		{"oracle", oracle.DefaultConfig()},
		{"keeper", keeper.DefaultConfig()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for key := range svcconfig.Keys(tc.cfg) {
				for _, word := range []string{"test", "crash", "exit"} {
					require.NotContains(t, strings.ToLower(key), word, "setting %s of %s", key, tc.name)
				}
			}
		})
	}
}
