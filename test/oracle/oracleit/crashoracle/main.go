//go:build integration

// Command crashoracle is cmd/oracle with the crash points the relayer integration tests need; it
// is built by those tests only (oracleit.Env.Build), never shipped.
//
// ORACLE_TEST_CRASH=after-record:N (or after-send:N) makes the process exit with status
// CrashExitCode right after the N-th submission is recorded (or handed to the transaction
// manager), as a power cut would: no cleanup.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/lifecycle"
	"github.com/campus-grid/gridchain/oracle"
)

// CrashExitCode is the exit status at a crash point.
const CrashExitCode = 3

var errSpec = errors.New("ORACLE_TEST_CRASH must be after-record:N or after-send:N")

func main() {
	configPath := flag.String("config", "", "configuration file")
	flag.Parse()
	lifecycle.Main("oracle", func(context.Context) (*lifecycle.App, error) {
		hooks, err := crashHooks(os.Getenv("ORACLE_TEST_CRASH"))
		if err != nil {
			return nil, err
		}
		return oracle.NewApp(*configPath, oracle.WithHooks(hooks))
	})
}

// crashHooks turns "after-record:N" or "after-send:N" into hooks that exit the process.
func crashHooks(spec string) (oracle.Hooks, error) {
	if spec == "" {
		return oracle.Hooks{}, nil
	}
	point, count, ok := strings.Cut(spec, ":")
	var n int
	if _, err := fmt.Sscanf(count, "%d", &n); !ok || err != nil || n < 1 || (point != "after-record" && point != "after-send") {
		return oracle.Hooks{}, errSpec
	}
	log := zap.NewExample()
	seen := 0
	hook := func(sub *oracle.Submission) {
		if seen++; seen == n {
			log.Warn("test hook: exiting", zap.String("point", point), zap.Int64("submission", sub.ID))
			os.Exit(CrashExitCode)
		}
	}
	if point == "after-record" {
		return oracle.Hooks{AfterRecord: hook}, nil
	}
	return oracle.Hooks{AfterQueue: hook}, nil
}
