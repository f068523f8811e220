package keeper

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/campus-grid/gridchain/keeper/automation"
)

// Metrics records the keeper's figures; NoopMetrics discards them.
type Metrics interface {
	Checked(upkeep string, eligible bool, reason automation.FailureReason)
	Performed(upkeep string, outcome automation.Outcome, gasUsed uint64)
	Waiting(upkeep string)
	ClearLag(upkeep string, blocks uint64)
	Head(number uint64)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) Checked(string, bool, automation.FailureReason) {}
func (NoopMetrics) Performed(string, automation.Outcome, uint64)   {}
func (NoopMetrics) Waiting(string)                                 {}
func (NoopMetrics) ClearLag(string, uint64)                        {}
func (NoopMetrics) Head(uint64)                                    {}

// PrometheusMetrics exports the figures under namespace_keeper_*.
type PrometheusMetrics struct {
	checks   *prometheus.CounterVec
	performs *prometheus.CounterVec
	noops    *prometheus.CounterVec
	reverts  *prometheus.CounterVec
	waits    *prometheus.CounterVec
	gas      *prometheus.CounterVec
	gasHist  *prometheus.HistogramVec
	lag      *prometheus.HistogramVec
	head     prometheus.Gauge
}

var _ Metrics = (*PrometheusMetrics)(nil)

// NewPrometheusMetrics registers the keeper's metrics with reg.
func NewPrometheusMetrics(reg prometheus.Registerer, namespace string) *PrometheusMetrics {
	m := &PrometheusMetrics{
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "checks_total", Help: "checkUpkeep simulations, by upkeep, eligibility and failure reason."},
			[]string{"upkeep", "eligible", "reason"}),
		performs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "performs_total", Help: "performUpkeep attempts, by upkeep and outcome."}, []string{"upkeep", "outcome"}),
		noops: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "noops_total", Help: "Performs that found their work already done."}, []string{"upkeep"}),
		reverts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "reverts_total", Help: "Performs that reverted on-chain or in simulation."}, []string{"upkeep"}),
		waits: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "turn_waits_total", Help: "Eligible checks left to the primary keeper (turn-taking)."}, []string{"upkeep"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "gas_used_total", Help: "Gas used by mined performUpkeep transactions."}, []string{"upkeep"}),
		gasHist: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "perform_gas", Help: "Gas used per mined performUpkeep.",
			Buckets: prometheus.ExponentialBuckets(25_000, 2, 10)}, []string{"upkeep"}),
		lag: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "clear_lag_blocks", Help: "Blocks from the first block at or after an epoch's end to the block that cleared it (this keeper's clearings).",
			Buckets: []float64{0, 1, 2, 3, 5, 8, 13, 21}}, []string{"upkeep"}),
		head: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: "keeper",
			Name: "head_block", Help: "Latest head the keeper saw."}),
	}
	reg.MustRegister(m.checks, m.performs, m.noops, m.reverts, m.waits, m.gas, m.gasHist, m.lag, m.head)
	return m
}

func (m *PrometheusMetrics) Checked(upkeep string, eligible bool, reason automation.FailureReason) {
	e := "false"
	if eligible {
		e = "true"
	}
	m.checks.WithLabelValues(upkeep, e, string(reason)).Inc()
}

func (m *PrometheusMetrics) Performed(upkeep string, outcome automation.Outcome, gasUsed uint64) {
	m.performs.WithLabelValues(upkeep, string(outcome)).Inc()
	switch outcome {
	case automation.OutcomeNoop:
		m.noops.WithLabelValues(upkeep).Inc()
	case automation.OutcomeReverted, automation.OutcomeSimulationFailed:
		m.reverts.WithLabelValues(upkeep).Inc()
	}
	if gasUsed > 0 {
		m.gas.WithLabelValues(upkeep).Add(float64(gasUsed))
		m.gasHist.WithLabelValues(upkeep).Observe(float64(gasUsed))
	}
}

func (m *PrometheusMetrics) Waiting(upkeep string) { m.waits.WithLabelValues(upkeep).Inc() }

func (m *PrometheusMetrics) ClearLag(upkeep string, blocks uint64) {
	m.lag.WithLabelValues(upkeep).Observe(float64(blocks))
}

func (m *PrometheusMetrics) Head(number uint64) { m.head.Set(float64(number)) }
