package oracle

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

func TestService_FailedStartCleansUpAndStopIsIdempotent(t *testing.T) {
	c := validConfig()
	c.DB.DSN = "postgres://nobody:x@127.0.0.1:1/none?sslmode=disable" // nothing listens on port 1
	c.DB.ConnectTimeout = time.Second
	c.Listen = "127.0.0.1:0"
	svc, err := New(c, zaptest.NewLogger(t))
	require.NoError(t, err)
	err = svc.Start(context.Background())
	require.ErrorContains(t, err, "oracle start: database")
	require.ErrorIs(t, svc.Start(context.Background()), ErrAlreadyStarted)
	require.NoError(t, svc.Stop(context.Background()))
	require.NoError(t, svc.Stop(context.Background()))
	require.True(t, svc.Stopped())
}

func TestService_RejectsBadConfig(t *testing.T) {
	c := validConfig()
	c.BatchSize = 0
	_, err := New(c, zaptest.NewLogger(t))
	require.ErrorIs(t, err, ErrBatchSize)
}
