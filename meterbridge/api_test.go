package meterbridge

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

const testToken = "head-end-token-0123456789"

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

type testEnv struct {
	t       testing.TB
	handler http.Handler
	store   *fakeStore
	meters  *MeterTable
	in      *Ingester
	domain  *reading.Domain
	keys    []*ecdsa.PrivateKey
	ids     []common.Hash
	clock   *fakeClock
	next    map[common.Hash]reading.Reading
}

func newTestEnv(t testing.TB, meters int) *testEnv {
	t.Helper()
	e := &testEnv{t: t, store: &fakeStore{}, meters: NewMeterTable(),
		domain: reading.NewDomain(1337, common.HexToAddress("0x1234")),
		clock:  &fakeClock{now: time.Unix(1_767_225_600, 0)}, next: map[common.Hash]reading.Reading{}}
	for i := 0; i < meters; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("meter key %d", i))))
		require.NoError(t, err)
		var id common.Hash
		copy(id[:], fmt.Sprintf("TEST-METER-%04d", i))
		e.keys = append(e.keys, key)
		e.ids = append(e.ids, id)
		e.meters.Assign(id, MeterInfo{Signer: crypto.PubkeyToAddress(key.PublicKey)})
	}
	e.meters.SetReady(true)
	cfg := IngestConfig{MaxBatch: 1000, MaxClockSkew: time.Minute, MaxInterval: 24 * time.Hour}
	e.in = NewIngester(cfg, e.domain, e.meters, e.store, e.clock, 0)
	api := NewAPI(zap.NewNop(), cfg, e.in, e.store, e.meters, NoopMetrics{}, []HeadEnd{{Name: "test", Token: testToken}}, nil)
	e.handler = api.Handler()
	return e
}

// reading returns meter i's next reading (15-minute intervals ending before the clock).
func (e *testEnv) reading(i int) reading.Reading {
	id := e.ids[i]
	prev, ok := e.next[id]
	r := reading.Reading{MeterID: id, IntervalStart: uint64(e.clock.Now().Unix()) - 100*900, Seq: 1, ExportWh: 1000, ImportWh: 500}
	if ok {
		r = prev
		r.Seq++
		r.IntervalStart = prev.IntervalEnd
		r.ExportWh += 250
		r.ImportWh += 40
	}
	r.IntervalEnd = r.IntervalStart + 900
	e.next[id] = r
	return r
}

func (e *testEnv) sign(i int, r reading.Reading) reading.Signed {
	s, err := e.domain.Sign(&r, e.keys[i])
	require.NoError(e.t, err)
	return *s
}

func (e *testEnv) batch(meters ...int) []reading.Signed {
	var out []reading.Signed
	for _, i := range meters {
		out = append(out, e.sign(i, e.reading(i)))
	}
	return out
}

type answer struct {
	status int
	body   map[string]any
	raw    string
}

func (a answer) code() string {
	if errObj, ok := a.body["error"].(map[string]any); ok {
		return errObj["code"].(string)
	}
	return ""
}

func (e *testEnv) do(method, path, token string, body []byte) answer {
	e.t.Helper()
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	e.handler.ServeHTTP(w, req)
	a := answer{status: w.Code, raw: w.Body.String()}
	require.NoError(e.t, json.Unmarshal(w.Body.Bytes(), &a.body), w.Body.String())
	return a
}

func (e *testEnv) post(batch []reading.Signed) answer {
	e.t.Helper()
	body, err := json.Marshal(IngestRequest{Readings: batch})
	require.NoError(e.t, err)
	return e.do(http.MethodPost, "/v1/readings", testToken, body)
}

func TestPostAcceptsAndStores(t *testing.T) {
	e := newTestEnv(t, 3)
	b := e.batch(0, 1, 2, 0)
	a := e.post(b)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	require.EqualValues(t, 4, a.body["accepted"])
	require.Len(t, e.store.rows, 4)
	results := a.body["results"].([]any)
	for i, r := range results {
		m := r.(map[string]any)
		require.Equal(t, StatusAccepted, m["status"])
		require.EqualValues(t, i, m["index"])
		require.NotZero(t, m["id"])
	}

	t.Run("the same batch again is acknowledged as duplicates and not stored twice", func(t *testing.T) {
		a := e.post(b)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		require.EqualValues(t, 0, a.body["accepted"])
		require.EqualValues(t, 4, a.body["duplicates"])
		require.Len(t, e.store.rows, 4)
	})
	t.Run("duplicates survive a cold cache (restart)", func(t *testing.T) {
		e.in.latest = map[store.Span]*store.Latest{}
		mixed := append([]reading.Signed{b[1]}, e.batch(1)...)
		a := e.post(mixed)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		require.EqualValues(t, 1, a.body["accepted"])
		require.EqualValues(t, 1, a.body["duplicates"])
		require.Len(t, e.store.rows, 5)
	})
}

func TestPostRejections(t *testing.T) {
	tests := []struct {
		name   string
		token  string
		body   func(e *testEnv) []byte
		status int
		code   string
	}{
		{name: "missing credential", token: "-", status: 401, code: CodeUnauthorized},
		{name: "wrong credential", token: "not-the-token-at-all", status: 401, code: CodeUnauthorized},
		{name: "malformed JSON", body: func(*testEnv) []byte { return []byte(`{"readings": [{"meterId": 12`) }, status: 400, code: CodeMalformedJSON},
		{name: "wrong JSON type", body: func(*testEnv) []byte { return []byte(`{"readings": {"a": 1}}`) }, status: 400, code: CodeMalformedJSON},
		{name: "bad hex", body: func(*testEnv) []byte { return []byte(`{"readings": [{"meterId": "0xzz"}]}`) }, status: 400, code: CodeMalformedJSON},
		{name: "empty batch", body: func(*testEnv) []byte { return []byte(`{"readings": []}`) }, status: 400, code: CodeEmptyBatch},
		{name: "too many readings", body: func(e *testEnv) []byte {
			r := e.sign(0, e.reading(0))
			b := make([]reading.Signed, 1001)
			for i := range b {
				b[i] = r
			}
			raw, _ := json.Marshal(IngestRequest{Readings: b})
			return raw
		}, status: 413, code: CodeBatchTooLarge},
		{name: "oversized body", body: func(*testEnv) []byte {
			return []byte(`{"readings": [], "pad": "` + strings.Repeat("x", 1100*1024) + `"}`)
		}, status: 413, code: CodeBatchTooLarge},
		{name: "unknown meter", body: func(e *testEnv) []byte {
			r := e.reading(0)
			r.MeterID = common.HexToHash("0xdead")
			return mustJSON(e.sign(0, r))
		}, status: 422, code: CodeUnknownMeter},
		{name: "signed by another meter's key", body: func(e *testEnv) []byte {
			return mustJSON(e.sign(1, e.reading(0)))
		}, status: 422, code: CodeBadSignature},
		{name: "tampered counter", body: func(e *testEnv) []byte {
			s := e.sign(0, e.reading(0))
			s.ExportWh += 1000
			return mustJSON(s)
		}, status: 422, code: CodeBadSignature},
		{name: "truncated signature", body: func(e *testEnv) []byte {
			s := e.sign(0, e.reading(0))
			s.Signature = s.Signature[:64]
			return mustJSON(s)
		}, status: 422, code: CodeBadSignature},
		{name: "interval ends in the future beyond the skew", body: func(e *testEnv) []byte {
			r := e.reading(0)
			r.IntervalStart = uint64(e.clock.Now().Unix())
			r.IntervalEnd = r.IntervalStart + 120
			return mustJSON(e.sign(0, r))
		}, status: 422, code: CodeClockSkew},
		{name: "interval end before start", body: func(e *testEnv) []byte {
			r := e.reading(0)
			r.IntervalEnd = r.IntervalStart
			return mustJSON(e.sign(0, r))
		}, status: 422, code: CodeInvalidInterval},
		{name: "counter beyond int64", body: func(e *testEnv) []byte {
			r := e.reading(0)
			r.ExportWh = 1 << 63
			return mustJSON(e.sign(0, r))
		}, status: 422, code: CodeValueOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t, 2)
			tok := testToken
			switch tc.token {
			case "-":
				tok = ""
			case "":
			default:
				tok = tc.token
			}
			var body []byte
			if tc.body != nil {
				body = tc.body(e)
			} else {
				body = mustJSON(e.sign(0, e.reading(0)))
			}
			a := e.do(http.MethodPost, "/v1/readings", tok, body)
			require.Equal(t, tc.status, a.status, a.raw)
			require.Equal(t, tc.code, a.code(), a.raw)
			require.NotEmpty(t, a.body["error"].(map[string]any)["message"])
			require.Empty(t, e.store.rows)
		})
	}
}

func mustJSON(readings ...reading.Signed) []byte {
	raw, err := json.Marshal(IngestRequest{Readings: readings})
	if err != nil {
		panic(err)
	}
	return raw
}

func TestCounterChecks(t *testing.T) {
	e := newTestEnv(t, 2)
	first := e.batch(0, 0, 0) // seq 1, 2, 3
	require.Equal(t, http.StatusOK, e.post(first).status)

	tests := []struct {
		name   string
		mutate func(r *reading.Reading)
	}{
		{name: "export counter goes down", mutate: func(r *reading.Reading) { r.ExportWh = first[2].ExportWh - 1 }},
		{name: "import counter goes down", mutate: func(r *reading.Reading) { r.ImportWh = first[2].ImportWh - 1 }},
		{name: "interval overlaps the previous one", mutate: func(r *reading.Reading) { r.IntervalStart = first[2].IntervalEnd - 1 }},
		{name: "older seq never stored", mutate: func(r *reading.Reading) { *r = first[1].Reading; r.Seq = 0 }},
		{name: "stored seq with other content", mutate: func(r *reading.Reading) { *r = first[1].Reading; r.ExportWh++ }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.reading(0)
			tc.mutate(&r)
			good := e.sign(1, e.reading(1))
			a := e.post([]reading.Signed{good, e.sign(0, r)})
			require.Equal(t, http.StatusUnprocessableEntity, a.status, a.raw)
			require.Equal(t, CodeCounterRegression, a.code())
			res := a.body["results"].([]any)
			require.Equal(t, StatusNotStored, res[0].(map[string]any)["status"], "the good reading is not stored either")
			require.Equal(t, StatusRejected, res[1].(map[string]any)["status"])
			require.Len(t, e.store.rows, 3)
			delete(e.next, e.ids[0])
			delete(e.next, e.ids[1])
			e.next[e.ids[0]] = first[2].Reading
		})
	}
	t.Run("same seq twice in one batch with different content", func(t *testing.T) {
		r := e.reading(0)
		r2 := r
		r2.ExportWh++
		a := e.post([]reading.Signed{e.sign(0, r), e.sign(0, r2)})
		require.Equal(t, http.StatusUnprocessableEntity, a.status, a.raw)
		require.Equal(t, CodeCounterRegression, a.code())
	})
	t.Run("out-of-order readings of one meter within a batch are sorted", func(t *testing.T) {
		e.next[e.ids[0]] = first[2].Reading
		b := e.batch(0, 0)
		a := e.post([]reading.Signed{b[1], b[0]})
		require.Equal(t, http.StatusOK, a.status, a.raw)
		require.EqualValues(t, 2, a.body["accepted"])
	})
}

func TestDatabaseDown(t *testing.T) {
	e := newTestEnv(t, 2)
	b := e.batch(0, 1)
	e.store.setDown(true)
	a := e.post(b)
	require.Equal(t, http.StatusServiceUnavailable, a.status, a.raw)
	require.Equal(t, CodeDatabaseUnavailable, a.code())
	require.Empty(t, e.store.rows)
	require.Equal(t, http.StatusServiceUnavailable, e.do(http.MethodGet, "/readyz", "", nil).status)

	e.store.setDown(false)
	a = e.post(b)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	require.EqualValues(t, 2, a.body["accepted"])
	require.Equal(t, http.StatusOK, e.do(http.MethodGet, "/readyz", "", nil).status)
}

// /readyz answers on the public ingest port: a database failure says "unavailable" there, and the
// cause (which can name hosts, users and databases) goes to the log only.
func TestReadyzHidesTheDatabaseError(t *testing.T) {
	e := newTestEnv(t, 1)
	core, logs := observer.New(zap.WarnLevel)
	cfg := IngestConfig{MaxBatch: 1000, MaxClockSkew: time.Minute, MaxInterval: 24 * time.Hour}
	h := NewAPI(zap.New(core), cfg, e.in, e.store, e.meters, NoopMetrics{}, []HeadEnd{{Name: "test", Token: testToken}}, nil).Handler()
	e.store.setDown(true)

	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	require.Equal(t, http.StatusServiceUnavailable, w.Code)
	require.NotContains(t, w.Body.String(), errFakeDown.Error())
	var body map[string]string
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &body))
	require.Equal(t, "unavailable", body["database"])

	logged := logs.FilterField(zap.Error(errFakeDown)).All()
	require.Len(t, logged, 1, "the cause is logged")
}

func TestCommitOutcomeUnknownHoldsTheCursor(t *testing.T) {
	e := newTestEnv(t, 2)
	require.Equal(t, http.StatusOK, e.post(e.batch(0)).status)
	require.EqualValues(t, 1, e.in.Horizon())

	// The commit happens but the answer is lost: 503, the client retries.
	e.store.commitThenFail = true
	b := e.batch(0, 1)
	a := e.post(b)
	require.Equal(t, http.StatusServiceUnavailable, a.status)
	require.EqualValues(t, 1, e.in.Horizon(), "ids of a batch in doubt are not served yet")
	cur := e.do(http.MethodGet, "/v1/readings?after=0", "", nil)
	require.Len(t, cur.body["readings"], 1)

	// The retry finds them stored: duplicates, acknowledged.
	a = e.post(b)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	require.EqualValues(t, 2, a.body["duplicates"])

	require.NoError(t, e.in.ResolveInDoubt(context.Background()))
	require.EqualValues(t, 3, e.in.Horizon())
	cur = e.do(http.MethodGet, "/v1/readings?after=0", "", nil)
	require.Len(t, cur.body["readings"], 3)
}

func TestQueries(t *testing.T) {
	e := newTestEnv(t, 2)
	for i := 0; i < 5; i++ {
		require.Equal(t, http.StatusOK, e.post(e.batch(0, 1)).status)
	}
	id := e.ids[0].Hex()

	a := e.do(http.MethodGet, "/v1/meters/"+id+"/latest", "", nil)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	require.EqualValues(t, 5, a.body["seq"])
	require.NotEmpty(t, a.body["signature"])

	a = e.do(http.MethodGet, "/v1/meters/"+common.HexToHash("0x99").Hex()+"/latest", "", nil)
	require.Equal(t, http.StatusNotFound, a.status)

	a = e.do(http.MethodGet, "/v1/meters/nothex/latest", "", nil)
	require.Equal(t, http.StatusBadRequest, a.status)

	first := e.store.rows[0].Signed.IntervalEnd
	a = e.do(http.MethodGet, fmt.Sprintf("/v1/meters/%s/readings?from=%d&to=%d", id, first+900, first+3*900), "", nil)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	rs := a.body["readings"].([]any)
	require.Len(t, rs, 2)
	require.EqualValues(t, 2, rs[0].(map[string]any)["seq"])

	var after float64
	var got []float64
	for {
		a = e.do(http.MethodGet, fmt.Sprintf("/v1/readings?after=%d&limit=3", int64(after)), "", nil)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		rows := a.body["readings"].([]any)
		if len(rows) == 0 {
			break
		}
		for _, r := range rows {
			got = append(got, r.(map[string]any)["id"].(float64))
		}
		after = a.body["next"].(float64)
	}
	require.Len(t, got, 10)
	for i := 1; i < len(got); i++ {
		require.Greater(t, got[i], got[i-1])
	}

	require.Equal(t, http.StatusBadRequest, e.do(http.MethodGet, "/v1/readings?limit=0", "", nil).status)
	require.Equal(t, http.StatusBadRequest, e.do(http.MethodGet, "/v1/readings?after=-1", "", nil).status)
}

func TestRegistryNotSynced(t *testing.T) {
	e := newTestEnv(t, 1)
	e.meters.SetReady(false)
	a := e.post(e.batch(0))
	require.Equal(t, http.StatusServiceUnavailable, a.status)
	require.Equal(t, CodeRegistryNotSynced, a.code())
	require.Equal(t, http.StatusServiceUnavailable, e.do(http.MethodGet, "/readyz", "", nil).status)
}

func TestRotatedKey(t *testing.T) {
	e := newTestEnv(t, 2)
	require.Equal(t, http.StatusOK, e.post(e.batch(0)).status)
	newKey := e.keys[1]
	e.meters.Rotate(e.ids[0], crypto.PubkeyToAddress(newKey.PublicKey))
	old := e.batch(0) // still signed with the old key
	a := e.post(old)
	require.Equal(t, CodeBadSignature, a.code())
	r := old[0].Reading
	a = e.post([]reading.Signed{e.sign(1, r)})
	require.Equal(t, http.StatusOK, a.status, a.raw)
}

func BenchmarkPostBatch(b *testing.B) {
	e := newTestEnv(b, 1000)
	var bodies [][]byte
	for i := 0; i < 20; i++ {
		idx := make([]int, 1000)
		for j := range idx {
			idx[j] = j
		}
		bodies = append(bodies, mustJSON(e.batch(idx...)...))
	}
	e.clock.now = e.clock.now.Add(time.Hour * 24 * 365)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%len(bodies) == 0 {
			b.StopTimer()
			e.store.rows = nil
			e.in.latest = map[store.Span]*store.Latest{}
			b.StartTimer()
		}
		a := e.do(http.MethodPost, "/v1/readings", testToken, bodies[i%len(bodies)])
		if a.status != http.StatusOK {
			b.Fatal(a.raw)
		}
	}
	b.ReportMetric(float64(b.N*1000)/b.Elapsed().Seconds(), "readings/s")
}
