package txmgr

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics records what the manager does; NoopMetrics discards it.
type Metrics interface {
	TxQueued(label string)
	TxConfirmed(label string, reverted bool, latency time.Duration)
	TxFailed(label string)
	FeeBumped()
	Reorged()
	RPCError()
	InFlight(n int)
	Nonce(next uint64)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) TxQueued(string)                         {}
func (NoopMetrics) TxConfirmed(string, bool, time.Duration) {}
func (NoopMetrics) TxFailed(string)                         {}
func (NoopMetrics) FeeBumped()                              {}
func (NoopMetrics) Reorged()                                {}
func (NoopMetrics) RPCError()                               {}
func (NoopMetrics) InFlight(int)                            {}
func (NoopMetrics) Nonce(uint64)                            {}

// PrometheusMetrics exports the manager's figures under namespace_txmgr_*.
type PrometheusMetrics struct {
	queued    *prometheus.CounterVec
	confirmed *prometheus.CounterVec
	failed    *prometheus.CounterVec
	latency   prometheus.Histogram
	bumps     prometheus.Counter
	reorgs    prometheus.Counter
	rpcErrors prometheus.Counter
	inFlight  prometheus.Gauge
	nonce     prometheus.Gauge
}

var _ Metrics = (*PrometheusMetrics)(nil)

// NewPrometheusMetrics registers the manager's metrics with reg.
func NewPrometheusMetrics(reg prometheus.Registerer, namespace string) *PrometheusMetrics {
	const sub = "txmgr"
	m := &PrometheusMetrics{
		queued: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "queued_total", Help: "Transactions recorded and broadcast."}, []string{"label"}),
		confirmed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "confirmed_total", Help: "Transactions at the confirmation depth, by receipt status."}, []string{"label", "status"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "failed_total", Help: "Transactions that will never be mined."}, []string{"label"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: namespace, Subsystem: sub,
			Name: "confirmation_seconds", Help: "From queueing to the confirmation depth.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 10)}),
		bumps: prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "fee_bumps_total", Help: "Re-sends with bumped fees."}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "reorged_total", Help: "Receipts that disappeared in a reorg."}),
		rpcErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub,
			Name: "rpc_errors_total", Help: "Failed chain calls."}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "in_flight", Help: "Transactions not yet at the confirmation depth."}),
		nonce: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub,
			Name: "next_nonce", Help: "The next nonce the manager will assign."}),
	}
	reg.MustRegister(m.queued, m.confirmed, m.failed, m.latency, m.bumps, m.reorgs, m.rpcErrors, m.inFlight, m.nonce)
	return m
}

func (m *PrometheusMetrics) TxQueued(label string) { m.queued.WithLabelValues(label).Inc() }
func (m *PrometheusMetrics) TxConfirmed(label string, reverted bool, latency time.Duration) {
	status := "success"
	if reverted {
		status = "reverted"
	}
	m.confirmed.WithLabelValues(label, status).Inc()
	m.latency.Observe(latency.Seconds())
}
func (m *PrometheusMetrics) TxFailed(label string) { m.failed.WithLabelValues(label).Inc() }
func (m *PrometheusMetrics) FeeBumped()            { m.bumps.Inc() }
func (m *PrometheusMetrics) Reorged()              { m.reorgs.Inc() }
func (m *PrometheusMetrics) RPCError()             { m.rpcErrors.Inc() }
func (m *PrometheusMetrics) InFlight(n int)        { m.inFlight.Set(float64(n)) }
func (m *PrometheusMetrics) Nonce(next uint64)     { m.nonce.Set(float64(next)) }
