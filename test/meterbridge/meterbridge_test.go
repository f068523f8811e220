//go:build integration

// Package meterbridge_test runs meterbridge against a real PostgreSQL (a throwaway cluster that
// the tests stop, crash and restart) and, for the durability cases, as its own process.
package meterbridge_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/meterbridge"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/reading"
	"github.com/campus-grid/gridchain/test/meterbridge/pgtmp"
)

const (
	token   = "integration-head-end-token"
	seed    = "meterbridge-integration"
	prefix  = "IT"
	chainID = 31337
	nMeters = 40
)

var (
	cluster  *pgtmp.Cluster
	binary   string
	registry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	domain   = reading.NewDomain(chainID, registry)
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "meterbridge-it-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	port, err := pgtmp.FreePort()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	cluster, err = pgtmp.New(filepath.Join(dir, "pg"), port)
	if err != nil {
		fmt.Fprintln(os.Stderr, "postgres:", err)
		return 1
	}
	defer cluster.Destroy() //nolint:errcheck // temp cluster
	binary = filepath.Join(dir, "meterbridge")
	build := exec.Command("go", "build", "-o", binary, "github.com/campus-grid/gridchain/cmd/meterbridge")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build meterbridge:", err)
		return 1
	}
	return m.Run()
}

// campus is a set of simulated meters producing readings of 15-minute intervals in the past.
type campus struct {
	meters []*metersim.Meter
	base   time.Time
}

func newCampus() *campus {
	return &campus{meters: metersim.NewMeters(seed, prefix, 0, nMeters), base: time.Now().Add(-30 * 24 * time.Hour).Truncate(time.Hour)}
}

func (c *campus) staticMeters() []meterbridge.StaticMeter {
	out := make([]meterbridge.StaticMeter, len(c.meters))
	for i, m := range c.meters {
		out[i] = meterbridge.StaticMeter{ID: m.ID, Signer: m.Signer}
	}
	return out
}

// next returns the next signed reading of meter i.
func (c *campus) next(t *testing.T, i int) reading.Signed {
	t.Helper()
	m := c.meters[i]
	start := c.base.Add(15 * time.Minute * time.Duration(m.Seq))
	r := m.Next(uint64(start.Unix()), uint64(start.Add(15*time.Minute).Unix()), 1234, 56)
	return sign(t, m.Key, r)
}

func sign(t *testing.T, key *ecdsa.PrivateKey, r reading.Reading) reading.Signed {
	t.Helper()
	s, err := domain.Sign(&r, key)
	require.NoError(t, err)
	return *s
}

// batch is one reading of each of the meters given.
func (c *campus) batch(t *testing.T, meters ...int) []reading.Signed {
	var out []reading.Signed
	for _, i := range meters {
		out = append(out, c.next(t, i))
	}
	return out
}

func all(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func newDB(t *testing.T) string {
	t.Helper()
	name := "mb_" + nonWord.ReplaceAllString(strings.ToLower(t.Name()), "_")
	dsn, err := cluster.CreateDB(context.Background(), name)
	require.NoError(t, err)
	return dsn
}

func config(dsn string, c *campus) meterbridge.Config {
	cfg := meterbridge.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.DB.DSN = dsn
	cfg.DB.ConnectTimeout = 2 * time.Second
	cfg.HeadEnds = []meterbridge.HeadEnd{{Name: "it", Token: token}}
	cfg.Registry = meterbridge.RegistryConfig{Source: meterbridge.SourceStatic, ChainID: chainID, Address: registry, Meters: c.staticMeters()}
	cfg.Ingest.MaxClockSkew = time.Minute
	cfg.StartupTimeout = 30 * time.Second
	return cfg
}

func startService(t *testing.T, cfg meterbridge.Config) *meterbridge.Service {
	t.Helper()
	svc, err := meterbridge.New(cfg, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), meterbridge.NoopMetrics{})
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	t.Cleanup(func() {
		require.NoError(t, svc.Stop(context.Background()))
		require.NoError(t, svc.Stop(context.Background()), "Stop twice is safe")
		require.True(t, svc.Stopped())
	})
	return svc
}

type reply struct {
	Status int
	Code   string
	Body   map[string]any
}

func post(t *testing.T, client *http.Client, url, tok string, body []byte) reply {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/v1/readings", bytes.NewReader(body))
	require.NoError(t, err)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	return decode(t, resp)
}

func decode(t *testing.T, resp *http.Response) reply {
	t.Helper()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	r := reply{Status: resp.StatusCode}
	require.NoError(t, json.Unmarshal(raw, &r.Body), string(raw))
	if e, ok := r.Body["error"].(map[string]any); ok {
		r.Code, _ = e["code"].(string)
	}
	return r
}

func get(t *testing.T, url string) reply {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	return decode(t, resp)
}

func body(t *testing.T, readings []reading.Signed) []byte {
	t.Helper()
	raw, err := metersim.EncodeBatch(readings)
	require.NoError(t, err)
	return raw
}

func count(t *testing.T, dsn string) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM meterbridge.readings").Scan(&n))
	return n
}

func TestBadInputIsRefusedAndNothingStored(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	cfg := config(dsn, c)
	cfg.Ingest.MaxBatch = 10
	svc := startService(t, cfg)
	url := "http://" + svc.Addr()
	hc := http.DefaultClient

	good := c.batch(t, 0, 1, 2)
	r := post(t, hc, url, token, body(t, good))
	require.Equal(t, http.StatusOK, r.Status, r.Body)
	require.EqualValues(t, 3, r.Body["accepted"])
	stored := 3

	outsider := metersim.NewMeters("someone else", "X", 0, 1)[0]
	tests := []struct {
		name   string
		tok    string
		body   func() []byte
		status int
		code   string
	}{
		{"missing credential", "", func() []byte { return body(t, c.batch(t, 3)) }, 401, meterbridge.CodeUnauthorized},
		{"wrong credential", "wrong-token-wrong-token", func() []byte { return body(t, c.batch(t, 3)) }, 401, meterbridge.CodeUnauthorized},
		{"malformed JSON", token, func() []byte { return []byte(`{"readings":[{"meterId":"0x01",`) }, 400, meterbridge.CodeMalformedJSON},
		{"unknown meter", token, func() []byte {
			return body(t, []reading.Signed{sign(t, outsider.Key, outsider.Next(1, 900, 1, 1))})
		}, 422, meterbridge.CodeUnknownMeter},
		{"bad signature", token, func() []byte {
			s := c.next(t, 4)
			s.ImportWh-- // no longer what the meter signed
			return body(t, append(c.batch(t, 5), s))
		}, 422, meterbridge.CodeBadSignature},
		{"counter regression", token, func() []byte {
			m := c.meters[0]
			start := c.base.Add(15 * time.Minute * time.Duration(m.Seq))
			r := reading.Reading{MeterID: m.ID, IntervalStart: uint64(start.Unix()), IntervalEnd: uint64(start.Add(15 * time.Minute).Unix()),
				ExportWh: 0, ImportWh: 0, Seq: m.Seq + 1}
			return body(t, []reading.Signed{sign(t, m.Key, r)})
		}, 422, meterbridge.CodeCounterRegression},
		{"clock skew", token, func() []byte {
			m := c.meters[6]
			now := uint64(time.Now().Unix())
			r := reading.Reading{MeterID: m.ID, IntervalStart: now, IntervalEnd: now + 3600, Seq: 1}
			return body(t, []reading.Signed{sign(t, m.Key, r)})
		}, 422, meterbridge.CodeClockSkew},
		{"oversized batch", token, func() []byte { return body(t, c.batch(t, all(11)...)) }, 413, meterbridge.CodeBatchTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, hc, url, tc.tok, tc.body())
			require.Equal(t, tc.status, r.Status, r.Body)
			require.Equal(t, tc.code, r.Code, r.Body)
			require.NotEmpty(t, r.Body["error"].(map[string]any)["message"])
			require.Equal(t, stored, count(t, dsn), "nothing of a refused batch is stored")
		})
	}
	t.Run("a stored batch sent again is acknowledged as duplicates", func(t *testing.T) {
		r := post(t, hc, url, token, body(t, good))
		require.Equal(t, http.StatusOK, r.Status, r.Body)
		require.EqualValues(t, 0, r.Body["accepted"])
		require.EqualValues(t, 3, r.Body["duplicates"])
		require.Equal(t, stored, count(t, dsn))
	})
	t.Run("health, readiness and metrics", func(t *testing.T) {
		require.Equal(t, http.StatusOK, get(t, url+"/healthz").Status)
		require.Equal(t, http.StatusOK, get(t, url+"/readyz").Status)
	})
}

// proc is meterbridge running as its own process.
type proc struct {
	cmd *exec.Cmd
	url string
}

// command is meterbridge as its own process, not started, its output on the test's stderr.
func command(t *testing.T, dsn string, c *campus, port int) *exec.Cmd {
	t.Helper()
	meters, err := json.Marshal(c.staticMeters())
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "meters.json")
	require.NoError(t, os.WriteFile(file, meters, 0o600))
	cmd := exec.Command(binary)
	cmd.Env = append(os.Environ(), "MB_LISTEN=127.0.0.1:"+fmt.Sprint(port), "MB_DB_DSN="+dsn, "MB_DB_CONNECT_TIMEOUT=2s",
		"MB_REGISTRY_SOURCE=static", "MB_REGISTRY_METERS_FILE="+file, "MB_REGISTRY_CHAIN_ID="+fmt.Sprint(chainID),
		"MB_REGISTRY_ADDRESS="+registry.Hex(), "MB_HEAD_ENDS=it:"+token, "MB_LOG_LEVEL=warn")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd
}

func startProcess(t *testing.T, dsn string, c *campus, port int) *proc {
	t.Helper()
	return startCommand(t, command(t, dsn, c, port), port)
}

func startCommand(t *testing.T, cmd *exec.Cmd, port int) *proc {
	t.Helper()
	require.NoError(t, cmd.Start())
	p := &proc{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill() // already gone when the test killed it
			_ = p.cmd.Wait()
		}
	})
	require.Eventually(t, func() bool {
		resp, err := http.Get(p.url + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 30*time.Second, 50*time.Millisecond, "meterbridge process ready")
	return p
}

func (p *proc) kill(t *testing.T) {
	t.Helper()
	require.NoError(t, p.cmd.Process.Signal(syscall.SIGKILL))
	_ = p.cmd.Wait() // "signal: killed"
}

func TestAcknowledgedBatchSurvivesProcessKill(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	port, err := pgtmp.FreePort()
	require.NoError(t, err)
	p := startProcess(t, dsn, c, port)
	b1, b2 := c.batch(t, all(nMeters)...), c.batch(t, all(nMeters)...)
	for _, b := range [][]reading.Signed{b1, b2} {
		r := post(t, http.DefaultClient, p.url, token, body(t, b))
		require.Equal(t, http.StatusOK, r.Status, r.Body)
	}
	resp, err := http.Get(p.url + "/metrics")
	require.NoError(t, err)
	metrics, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	require.Contains(t, string(metrics), fmt.Sprintf(`meterbridge_readings_total{status="accepted"} %d`, 2*nMeters))
	require.Contains(t, string(metrics), `meterbridge_batches_total{code="ok"} 2`)

	p.kill(t)
	require.Equal(t, 2*nMeters, count(t, dsn))

	p = startProcess(t, dsn, c, port)
	latest := get(t, p.url+"/v1/meters/"+c.meters[7].ID.Hex()+"/latest")
	require.Equal(t, http.StatusOK, latest.Status)
	require.EqualValues(t, 2, latest.Body["seq"])
	cur := get(t, p.url+"/v1/readings?after=0&limit=1000")
	require.Len(t, cur.Body["readings"], 2*nMeters)
	r := post(t, http.DefaultClient, p.url, token, body(t, b2))
	require.Equal(t, http.StatusOK, r.Status, r.Body)
	require.EqualValues(t, nMeters, r.Body["duplicates"], "the restarted process still knows the batch")
	r = post(t, http.DefaultClient, p.url, token, body(t, c.batch(t, all(nMeters)...)))
	require.Equal(t, http.StatusOK, r.Status, r.Body)
	require.EqualValues(t, nMeters, r.Body["accepted"])
	cur = get(t, p.url+fmt.Sprintf("/v1/readings?after=%d", int64(cur.Body["next"].(float64))))
	require.Len(t, cur.Body["readings"], nMeters, "the cursor continues after the restart")
}

func waitPostOK(t *testing.T, url string, b []byte) reply {
	t.Helper()
	var last reply
	require.Eventually(t, func() bool {
		last = post(t, http.DefaultClient, url, token, b)
		return last.Status == http.StatusOK
	}, 60*time.Second, 100*time.Millisecond, "meterbridge recovers by itself")
	return last
}

func TestAcknowledgedBatchSurvivesPostgresCrash(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	port, err := pgtmp.FreePort()
	require.NoError(t, err)
	p := startProcess(t, dsn, c, port)
	b := c.batch(t, all(nMeters)...)
	r := post(t, http.DefaultClient, p.url, token, body(t, b))
	require.Equal(t, http.StatusOK, r.Status, r.Body)

	// Immediate shutdown: no checkpoint, the server recovers from its WAL.
	require.NoError(t, cluster.Crash())
	t.Cleanup(func() {
		if !cluster.Running() {
			require.NoError(t, cluster.Start())
		}
	})
	r = post(t, http.DefaultClient, p.url, token, body(t, c.batch(t, all(nMeters)...)))
	require.Equal(t, http.StatusServiceUnavailable, r.Status, r.Body)
	require.NoError(t, cluster.Start())
	require.Equal(t, nMeters, count(t, dsn), "the acknowledged batch survived the crash, the refused one is absent")
	waitPostOK(t, p.url, body(t, c.batch(t, all(nMeters)...)))
	require.Equal(t, 2*nMeters, count(t, dsn))
}

func TestDatabaseRestartWhileServing(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	svc := startService(t, config(dsn, c))
	url := "http://" + svc.Addr()
	r := post(t, http.DefaultClient, url, token, body(t, c.batch(t, all(nMeters)...)))
	require.Equal(t, http.StatusOK, r.Status, r.Body)

	require.NoError(t, cluster.Stop())
	t.Cleanup(func() {
		if !cluster.Running() {
			require.NoError(t, cluster.Start())
		}
	})
	pending := body(t, c.batch(t, all(nMeters)...))
	r = post(t, http.DefaultClient, url, token, pending)
	require.Equal(t, http.StatusServiceUnavailable, r.Status, r.Body)
	require.Equal(t, meterbridge.CodeDatabaseUnavailable, r.Code)
	ready := get(t, url+"/readyz")
	require.Equal(t, http.StatusServiceUnavailable, ready.Status)
	q := get(t, url+"/v1/readings?after=0")
	require.Equal(t, http.StatusServiceUnavailable, q.Status)

	require.NoError(t, cluster.Start())
	r = waitPostOK(t, url, pending)
	require.EqualValues(t, nMeters, r.Body["accepted"].(float64)+r.Body["duplicates"].(float64))
	require.Equal(t, 2*nMeters, count(t, dsn), "stored exactly once")
	require.Eventually(t, func() bool { return get(t, url+"/readyz").Status == http.StatusOK }, 10*time.Second, 50*time.Millisecond)
}

func TestCursorNeverSkipsUnderConcurrentBatches(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	svc := startService(t, config(dsn, c))
	url := "http://" + svc.Addr()
	const writers, rounds = 4, 15
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var seen []int64
	var readerErr error
	go func() {
		after := int64(0)
		for {
			select {
			case <-stop:
				return
			default:
			}
			resp, err := http.Get(fmt.Sprintf("%s/v1/readings?after=%d&limit=37", url, after))
			if err != nil {
				readerErr = err
				return
			}
			var cr meterbridge.CursorResponse
			err = json.NewDecoder(resp.Body).Decode(&cr)
			resp.Body.Close()
			if err != nil {
				readerErr = err
				return
			}
			for _, r := range cr.Readings {
				seen = append(seen, r.ID)
			}
			after = cr.Next
		}
	}()
	for w := 0; w < writers; w++ {
		var mine []int
		for i := w; i < nMeters; i += writers {
			mine = append(mine, i)
		}
		batches := make([][]byte, rounds)
		for k := range batches {
			batches[k] = body(t, c.batch(t, mine...))
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, b := range batches {
				req, _ := http.NewRequest(http.MethodPost, url+"/v1/readings", bytes.NewReader(b))
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := http.DefaultClient.Do(req)
				if err != nil || resp.StatusCode != http.StatusOK {
					panic(fmt.Sprint("post failed: ", err, resp))
				}
				resp.Body.Close()
			}
		}()
	}
	wg.Wait()
	total := count(t, dsn)
	require.Equal(t, nMeters*rounds, total)
	require.Eventually(t, func() bool { return len(seen) >= total }, 10*time.Second, 10*time.Millisecond)
	close(stop)
	require.NoError(t, readerErr)
	require.Len(t, seen, total, "every reading exactly once")
	for i := 1; i < len(seen); i++ {
		require.Greater(t, seen[i], seen[i-1], "cursor order")
	}
}

func TestTLS(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	dir := t.TempDir()
	certFile, keyFile, pool := selfSigned(t, dir)
	cfg := config(dsn, c)
	cfg.TLS = meterbridge.TLSConfig{CertFile: certFile, KeyFile: keyFile}
	svc := startService(t, cfg)
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	r := post(t, hc, "https://"+svc.Addr(), token, body(t, c.batch(t, 0, 1)))
	require.Equal(t, http.StatusOK, r.Status, r.Body)
	resp, err := http.Get("http://" + svc.Addr() + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, "plain HTTP is not served")
}

func selfSigned(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "meterbridge"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600))
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestMetersimPostsAndResumes(t *testing.T) {
	dsn := newDB(t)
	c := newCampus()
	svc := startService(t, config(dsn, c))
	url := "http://" + svc.Addr()
	cfg := metersim.Config{Seed: seed, Prefix: prefix, Meters: nMeters, Interval: time.Second, Compression: 900,
		SimStart: time.Date(2026, 1, 5, 12, 0, 0, 0, time.FixedZone("ICT", 7*3600)), ChainID: chainID, Registry: registry, MaxBatch: 16}
	log := zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	client := metersim.NewClient(url, token, 2, false)
	sim, err := metersim.New(cfg, client, log)
	require.NoError(t, err)
	require.NoError(t, sim.Resume(context.Background()))
	require.NoError(t, sim.Run(context.Background(), 2))
	posted, accepted := sim.Stats()
	require.Equal(t, 2*nMeters, posted)
	require.Equal(t, 2*nMeters, accepted)
	require.Equal(t, 2*nMeters, count(t, dsn))

	// A restarted simulator continues each meter's seq and counters.
	sim2, err := metersim.New(cfg, client, log)
	require.NoError(t, err)
	require.NoError(t, sim2.Resume(context.Background()))
	require.NoError(t, sim2.Run(context.Background(), 1))
	require.Equal(t, 3*nMeters, count(t, dsn))
	solar := get(t, url+"/v1/meters/"+sim2.Meters()[0].ID.Hex()+"/readings")
	rs := solar.Body["readings"].([]any)
	require.Len(t, rs, 3)
	for i, r := range rs {
		require.EqualValues(t, i+1, r.(map[string]any)["seq"])
	}
	// Around noon in Bangkok (simulated) a rooftop exports.
	require.Greater(t, rs[2].(map[string]any)["exportWh"].(float64), 0.0)
}

// The chain source against a running devnet (read-only; skipped when none runs): the follower
// dials the node, checks the chain id, scans the Registry's events and becomes ready; a meter the
// Registry never assigned is refused.
func TestChainSourceOnRunningDevnet(t *testing.T) {
	path := os.Getenv("MB_DEVNET_MANIFEST")
	if path == "" {
		path = filepath.Join("..", "..", "build", "devnet", "deployment.json")
	}
	if _, err := os.Stat(path); err != nil {
		t.Skip("no devnet manifest at ", path)
	}
	c := newCampus()
	cfg := config(newDB(t), c)
	cfg.Registry = meterbridge.RegistryConfig{Source: meterbridge.SourceChain, PollInterval: 200 * time.Millisecond, MaxRange: 5000}
	m, err := manifest.Load(path)
	require.NoError(t, err)
	require.NoError(t, cfg.Registry.ApplyManifest(m))
	if resp, err := http.Post(cfg.Registry.RPCURL, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)); err != nil {
		t.Skip("devnet not running: ", err)
	} else {
		resp.Body.Close()
	}
	svc := startService(t, cfg)
	url := "http://" + svc.Addr()
	require.Eventually(t, func() bool { return get(t, url+"/readyz").Status == http.StatusOK }, 30*time.Second, 100*time.Millisecond)
	outsider := metersim.NewMeters("not registered on the devnet", "X", 0, 1)[0]
	d := reading.NewDomain(cfg.Registry.ChainID, cfg.Registry.Address)
	s, err := d.Sign(&reading.Reading{MeterID: outsider.ID, IntervalStart: 1, IntervalEnd: 900, Seq: 1}, outsider.Key)
	require.NoError(t, err)
	r := post(t, http.DefaultClient, url, token, body(t, []reading.Signed{*s}))
	require.Equal(t, http.StatusUnprocessableEntity, r.Status, r.Body)
	require.Equal(t, meterbridge.CodeUnknownMeter, r.Code)
}
