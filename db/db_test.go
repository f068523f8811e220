package db

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/require"
)

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
	}{
		{"defaults", func(*Config) {}, nil},
		{"no dsn", func(c *Config) { c.DSN = "" }, ErrNoDSN},
		{"zero pool", func(c *Config) { c.MaxConns = 0 }, ErrBadMaxConns},
		{"min above max", func(c *Config) { c.MinConns = 11 }, ErrBadMinConns},
		{"no timeout", func(c *Config) { c.ConnectTimeout = 0 }, ErrBadTimeout},
		{"negative lifetime", func(c *Config) { c.MaxConnLifetime = -time.Second }, ErrNegativeLength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Check()
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
	bad := DefaultConfig()
	bad.DSN = "postgres://x:y@127.0.0.1:notaport/db"
	require.ErrorContains(t, bad.Check(), "database dsn")
}

func TestMigrationsLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"m/0002_add_index.sql": {Data: []byte("CREATE INDEX i ON t (a);")},
		"m/0001_init.sql":      {Data: []byte("CREATE TABLE t (a INT);")},
	}
	got, err := Migrations{Component: "x", FS: fsys, Dir: "m"}.Load()
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Equal(t, 1, got[0].Version)
	require.Equal(t, "0001_init.sql", got[0].Name)
	require.Equal(t, 2, got[1].Version)
	require.NotEqual(t, got[0].Checksum, got[1].Checksum)

	tests := []struct {
		name string
		fsys fstest.MapFS
		want error
	}{
		{"bad name", fstest.MapFS{"m/init.sql": {Data: []byte("")}}, ErrBadMigrationName},
		{"duplicate version", fstest.MapFS{"m/0001_a.sql": {Data: []byte("")}, "m/0001_b.sql": {Data: []byte("")}}, ErrDuplicateVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Migrations{Component: "x", FS: tt.fsys, Dir: "m"}.Load()
			require.ErrorIs(t, err, tt.want)
		})
	}
	_, err = Migrations{FS: fsys, Dir: "m"}.Load()
	require.ErrorIs(t, err, ErrNoComponent)
}
