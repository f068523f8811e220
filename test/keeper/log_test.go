//go:build integration

package keeper_test

import "go.uber.org/zap"

func zapNop() *zap.Logger { return zap.NewNop() }
