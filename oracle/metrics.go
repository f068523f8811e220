package oracle

import (
	"math/big"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics records what the relayer does. NoopMetrics discards everything.
type Metrics interface {
	// Fetched counts readings taken from meterbridge.
	Fetched(n int)
	// Submitted counts a submission sent (kind) and the readings it carries.
	Submitted(kind string, readings int)
	// Settled counts readings reaching a final status (applied, baseline, rejected, covered).
	Settled(status ReadingStatus, n int)
	// Covered counts readings not sent because the chain already had them.
	Covered(n int)
	// Rejected counts readings the contract skipped, by reason.
	Rejected(reason string)
	// Minted adds GRID base units minted by our submissions.
	Minted(amount *big.Int)
	// Failure counts a failed step or transaction ("fetch", "rpc", "send", "reverted", ...).
	Failure(what string)
	// Reorg counts a submission taken out of a block.
	Reorg()
	// Request counts a request settled (fulfilled, expired, vanished).
	Request(status string)
	// Head records the chain head seen.
	Head(n uint64)
	// Backlog records the readings waiting and the lag in blocks of the oldest one.
	Backlog(st Stats, lagBlocks uint64)
}

// NoopMetrics discards every metric.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) Fetched(int)                {}
func (NoopMetrics) Submitted(string, int)      {}
func (NoopMetrics) Settled(ReadingStatus, int) {}
func (NoopMetrics) Covered(int)                {}
func (NoopMetrics) Rejected(string)            {}
func (NoopMetrics) Minted(*big.Int)            {}
func (NoopMetrics) Failure(string)             {}
func (NoopMetrics) Reorg()                     {}
func (NoopMetrics) Request(string)             {}
func (NoopMetrics) Head(uint64)                {}
func (NoopMetrics) Backlog(Stats, uint64)      {}

// PromMetrics exports the metrics under oracle_* on its own registry (which also holds the
// transaction manager's txmgr_* metrics and the Go runtime's).
type PromMetrics struct {
	Registry    *prometheus.Registry
	fetched     prometheus.Counter
	submissions *prometheus.CounterVec
	relayed     *prometheus.CounterVec
	rejected    *prometheus.CounterVec
	minted      prometheus.Counter
	failures    *prometheus.CounterVec
	reorgs      prometheus.Counter
	requests    *prometheus.CounterVec
	head        prometheus.Gauge
	lag         prometheus.Gauge
	backlog     *prometheus.GaugeVec
}

var _ Metrics = (*PromMetrics)(nil)

// NewPromMetrics registers the relayer's metrics on a new registry.
func NewPromMetrics() *PromMetrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	m := &PromMetrics{Registry: reg,
		fetched: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "oracle", Name: "readings_fetched_total",
			Help: "Readings taken from the meterbridge cursor."}),
		submissions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "oracle", Name: "submissions_total",
			Help: "Transactions sent, by kind (readings, fulfill)."}, []string{"kind"}),
		relayed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "oracle", Name: "readings_relayed_total",
			Help: "Readings settled at the confirmation depth, by outcome (applied, baseline, rejected, covered)."}, []string{"outcome"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "oracle", Name: "readings_rejected_total",
			Help: "Readings the contract skipped, by reason."}, []string{"reason"}),
		minted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "oracle", Name: "grid_minted_kwh_total",
			Help: "GRID (kWh) minted by this relayer's submissions."}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "oracle", Name: "failures_total",
			Help: "Failed steps and transactions, by kind."}, []string{"what"}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "oracle", Name: "reorgs_total",
			Help: "Submissions taken out of a block by a reorg."}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "oracle", Name: "requests_total",
			Help: "Energy data requests settled, by status."}, []string{"status"}),
		head: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "oracle", Name: "head_block",
			Help: "Latest chain head seen."}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "oracle", Name: "lag_blocks",
			Help: "Blocks since the oldest reading still waiting (pending or submitted) was fetched; 0 when none waits."}),
		backlog: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "oracle", Name: "backlog_readings",
			Help: "Readings not yet final, by status."}, []string{"status"}),
	}
	for _, c := range []prometheus.Collector{m.fetched, m.submissions, m.relayed, m.rejected, m.minted, m.failures,
		m.reorgs, m.requests, m.head, m.lag, m.backlog} {
		f(c)
	}
	// Export every series from the start, so that dashboards and alerts see zeros, not gaps.
	for _, w := range []string{"fetch", "reconcile", "covered", "submit", "requests", "rpc", "send", "tx", "reverted"} {
		m.failures.WithLabelValues(w)
	}
	for _, st := range []ReadingStatus{StatusApplied, StatusBaseline, StatusRejected, StatusCovered} {
		m.relayed.WithLabelValues(string(st))
	}
	m.submissions.WithLabelValues(string(KindReadings))
	m.submissions.WithLabelValues(string(KindFulfill))
	return m
}

// Handler serves the registry.
func (m *PromMetrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

func (m *PromMetrics) Fetched(n int) { m.fetched.Add(float64(n)) }
func (m *PromMetrics) Submitted(kind string, _ int) {
	m.submissions.WithLabelValues(kind).Inc()
}
func (m *PromMetrics) Settled(st ReadingStatus, n int) {
	m.relayed.WithLabelValues(string(st)).Add(float64(n))
}
func (m *PromMetrics) Covered(int)            {}
func (m *PromMetrics) Rejected(reason string) { m.rejected.WithLabelValues(reason).Inc() }
func (m *PromMetrics) Minted(amount *big.Int) {
	kwh, _ := new(big.Float).Quo(new(big.Float).SetInt(amount), big.NewFloat(1e18)).Float64()
	m.minted.Add(kwh)
}
func (m *PromMetrics) Failure(what string) { m.failures.WithLabelValues(what).Inc() }
func (m *PromMetrics) Reorg()              { m.reorgs.Inc() }
func (m *PromMetrics) Request(st string)   { m.requests.WithLabelValues(st).Inc() }
func (m *PromMetrics) Head(n uint64)       { m.head.Set(float64(n)) }
func (m *PromMetrics) Backlog(st Stats, lag uint64) {
	m.lag.Set(float64(lag))
	m.backlog.WithLabelValues(string(StatusPending)).Set(float64(st.Pending))
	m.backlog.WithLabelValues(string(StatusSubmitted)).Set(float64(st.Submitted))
	m.backlog.WithLabelValues(string(StatusCovered)).Set(float64(st.Covered))
}
