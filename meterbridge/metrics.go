package meterbridge

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics records what meterbridge does. NoopMetrics discards everything.
type Metrics interface {
	// Batch records one ingest request: its HTTP status code name ("ok" or an error code), the
	// readings per status, and how long it took.
	Batch(code string, accepted, duplicates, rejected int, took time.Duration)
	// RegistryBlock records the last Registry block the follower applied.
	RegistryBlock(n uint64)
	// Meters records the number of assigned meters known.
	Meters(n int)
	// Horizon records the reading cursor horizon.
	Horizon(id int64)
	// Handler serves the metrics (nil: none).
	Handler() http.Handler
}

// NoopMetrics discards every metric.
type NoopMetrics struct{}

var _ Metrics = NoopMetrics{}

func (NoopMetrics) Batch(string, int, int, int, time.Duration) {}
func (NoopMetrics) RegistryBlock(uint64)                       {}
func (NoopMetrics) Meters(int)                                 {}
func (NoopMetrics) Horizon(int64)                              {}
func (NoopMetrics) Handler() http.Handler                      { return nil }

// PromMetrics exports the metrics to Prometheus under meterbridge_*.
type PromMetrics struct {
	reg        *prometheus.Registry
	batches    *prometheus.CounterVec
	readings   *prometheus.CounterVec
	latency    prometheus.Histogram
	regBlock   prometheus.Gauge
	meterCount prometheus.Gauge
	horizon    prometheus.Gauge
}

var _ Metrics = (*PromMetrics)(nil)

// NewPromMetrics registers the collectors on a fresh registry (with Go and process collectors).
func NewPromMetrics() *PromMetrics {
	m := &PromMetrics{
		reg: prometheus.NewRegistry(),
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "meterbridge", Name: "batches_total", Help: "Ingest requests by outcome code.",
		}, []string{"code"}),
		readings: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "meterbridge", Name: "readings_total", Help: "Readings by status (accepted, duplicate, rejected).",
		}, []string{"status"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "meterbridge", Name: "batch_seconds", Help: "Ingest request time, commit included.",
			Buckets: prometheus.ExponentialBuckets(0.002, 2, 12),
		}),
		regBlock:   prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "meterbridge", Name: "registry_block", Help: "Last Registry block applied."}),
		meterCount: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "meterbridge", Name: "meters", Help: "Assigned meters known."}),
		horizon:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "meterbridge", Name: "cursor_horizon", Help: "Highest reading id visible to relayers."}),
	}
	m.reg.MustRegister(m.batches, m.readings, m.latency, m.regBlock, m.meterCount, m.horizon,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *PromMetrics) Batch(code string, accepted, duplicates, rejected int, took time.Duration) {
	m.batches.WithLabelValues(code).Inc()
	m.readings.WithLabelValues(StatusAccepted).Add(float64(accepted))
	m.readings.WithLabelValues(StatusDuplicate).Add(float64(duplicates))
	m.readings.WithLabelValues(StatusRejected).Add(float64(rejected))
	m.latency.Observe(took.Seconds())
}
func (m *PromMetrics) RegistryBlock(n uint64) { m.regBlock.Set(float64(n)) }
func (m *PromMetrics) Meters(n int)           { m.meterCount.Set(float64(n)) }
func (m *PromMetrics) Horizon(id int64)       { m.horizon.Set(float64(id)) }
func (m *PromMetrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}
