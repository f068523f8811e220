package meterbridge

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
)

func TestStartFailsCleanlyWithoutDatabase(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close()) // nothing listens there now
	cfg := validConfig()
	cfg.DB.DSN = "postgres://gridchain:gridchain@" + addr + "/gridchain?sslmode=disable"
	cfg.DB.ConnectTimeout = 200 * time.Millisecond
	cfg.StartupTimeout = 500 * time.Millisecond
	cfg.Listen = "127.0.0.1:0"
	svc, err := New(cfg, zap.NewNop(), NoopMetrics{})
	require.NoError(t, err)
	require.ErrorContains(t, svc.Start(context.Background()), "open database")
	require.ErrorIs(t, svc.Start(context.Background()), ErrAlreadyStarted)
	require.NoError(t, svc.Stop(context.Background()))
	require.NoError(t, svc.Stop(context.Background()))
	require.True(t, svc.Stopped())
}

func TestNewRejectsBadConfig(t *testing.T) {
	cfg := validConfig()
	cfg.HeadEnds = nil
	_, err := New(cfg, zap.NewNop(), nil)
	require.ErrorIs(t, err, ErrNoHeadEnds)
}
