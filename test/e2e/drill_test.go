//go:build integration

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/campus-grid/gridchain/test/harness"
)

// TestFaultDrill is `make drill`: during a campus run it stops a signer and brings it back, kills a
// keeper and the relayer (the campus restarts them), and restarts PostgreSQL. Every epoch must still
// be cleared and settled, and the books must balance exactly. It prints what it injected and when.
func TestFaultDrill(t *testing.T) {
	if os.Getenv("GRID_DRILL") == "" {
		t.Skip("the fault drill runs with `make drill` (GRID_DRILL=1)")
	}
	r := startCampus(t, "drill", 100)
	net := harness.Load(t)
	log := func(format string, args ...any) {
		line := fmt.Sprintf("%s  drill: "+format, append([]any{time.Now().Format("15:04:05")}, args...)...)
		fmt.Println(line)
		t.Log(line)
	}
	epoch := r.firstEpoch
	r.waitSettled(t, epoch, epoch+1)
	epoch++

	signer := net.Nodes() - 1
	log("stopping signer %s (node %d)", r.m.Nodes[signer].Name, signer)
	net.StopNode(t, signer)
	r.waitSettled(t, epoch, epoch+1)
	epoch++
	log("starting signer %s again", r.m.Nodes[signer].Name)
	net.StartNode(t, signer)

	for _, svc := range []string{"keeper-erc", "oracle"} {
		before := r.c.ServiceStarts(svc)
		log("killing %s (SIGKILL)", svc)
		require.NoError(t, r.c.KillService(svc))
		harness.WaitFor(t, 2*time.Minute, svc+" restarted", func(_ context.Context) (bool, error) {
			return r.c.ServiceStarts(svc) > before, nil
		})
		log("%s restarted by the campus", svc)
		r.waitSettled(t, epoch, epoch+1)
		epoch++
	}

	pg := filepath.Join(r.root, "tools", "pg.sh")
	log("stopping PostgreSQL")
	out, err := exec.Command(pg, "down").CombinedOutput()
	require.NoError(t, err, "%s", out)
	harness.WaitFor(t, time.Minute, "meterbridge notices the database is down", func(ctx context.Context) (bool, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+r.cfg.MeterbridgeAddr+"/readyz", nil)
		if err != nil {
			return false, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false, nil
		}
		_ = resp.Body.Close()
		return resp.StatusCode == http.StatusServiceUnavailable, nil
	})
	log("starting PostgreSQL again")
	out, err = exec.Command(pg, "up").CombinedOutput()
	require.NoError(t, err, "%s", out)
	r.waitSettled(t, epoch, epoch+2)
	epoch += 2

	net.EnsureHealthy(t)
	rep := r.audit(t)
	log("audit: %d readings, %d orders, %d epochs cleared, %d settled, %d accounts: the books balance",
		rep.Readings, rep.Orders, rep.EpochsCleared, rep.EpochsSettled, rep.Accounts)
	for e := r.firstEpoch; e < epoch; e++ {
		res := r.epochResult(t, e)
		require.True(t, res.OrderCount.Sign() == 0 || res.Status == 4, "epoch %d not settled after the drill", e)
	}
}
