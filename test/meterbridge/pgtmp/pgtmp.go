// Package pgtmp runs a throwaway PostgreSQL cluster for meterbridge's integration tests and
// benchmark: they stop, kill and restart the server, which they must not do to the shared
// project cluster. Durability settings stay at PostgreSQL's defaults (fsync and
// synchronous_commit on). As root, the server runs as the postgres user.
package pgtmp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Cluster is a PostgreSQL cluster in a directory of its own.
type Cluster struct {
	Dir  string
	Port int
	bin  string
	as   string // run server commands as this user ("" = current)
}

// BinDir finds the PostgreSQL 15 binaries (PG_BIN overrides).
func BinDir() string {
	if d := os.Getenv("PG_BIN"); d != "" {
		return d
	}
	return "/usr/lib/postgresql/15/bin"
}

// FreePort asks the kernel for a free TCP port on 127.0.0.1.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (c *Cluster) cmd(args ...string) *exec.Cmd {
	if c.as != "" {
		return exec.Command("runuser", append([]string{"-u", c.as, "--"}, args...)...)
	}
	return exec.Command(args[0], args[1:]...)
}

func (c *Cluster) run(args ...string) error {
	out, err := c.cmd(args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w: %s", filepath.Base(args[0]), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// New initialises a cluster under dir (created; it must not exist) listening on port, with the
// role and database "gridchain" (password "gridchain").
func New(dir string, port int) (*Cluster, error) {
	c := &Cluster{Dir: dir, Port: port, bin: BinDir()}
	if os.Geteuid() == 0 {
		c.as = "postgres"
	}
	if err := os.MkdirAll(filepath.Join(dir, "run"), 0o700); err != nil {
		return nil, err
	}
	if c.as != "" {
		u, err := user.Lookup(c.as)
		if err != nil {
			return nil, fmt.Errorf("postgres user: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		for _, p := range []string{dir, filepath.Join(dir, "run")} {
			if err := os.Chown(p, uid, gid); err != nil {
				return nil, err
			}
		}
		// The server user must reach dir: every parent needs o+x.
		for d := filepath.Dir(dir); d != "/"; d = filepath.Dir(d) {
			if st, err := os.Stat(d); err == nil && st.Mode().Perm()&0o001 == 0 {
				_ = os.Chmod(d, st.Mode().Perm()|0o001) // best effort; initdb reports a real problem
			}
		}
	}
	pwfile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwfile, []byte("postgres\n"), 0o644); err != nil {
		return nil, err
	}
	if err := c.run(filepath.Join(c.bin, "initdb"), "-D", c.data(), "-U", "postgres", "--pwfile", pwfile,
		"--encoding=UTF8", "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256"); err != nil {
		return nil, err
	}
	conf := fmt.Sprintf("\nlisten_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = '%s'\nmax_connections = 100\n",
		port, filepath.Join(dir, "run"))
	f, err := os.OpenFile(filepath.Join(c.data(), "postgresql.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	if _, err := f.WriteString(conf); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	if err := c.Start(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, fmt.Sprintf("postgres://postgres:postgres@127.0.0.1:%d/postgres?sslmode=disable", port))
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	for _, q := range []string{"CREATE ROLE gridchain LOGIN PASSWORD 'gridchain'", "CREATE DATABASE gridchain OWNER gridchain"} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return nil, fmt.Errorf("%s: %w", q, err)
		}
	}
	return c, nil
}

func (c *Cluster) data() string { return filepath.Join(c.Dir, "data") }

// DSN connects as gridchain.
func (c *Cluster) DSN() string {
	return fmt.Sprintf("postgres://gridchain:gridchain@127.0.0.1:%d/gridchain?sslmode=disable", c.Port)
}

// Start starts the server and waits until it accepts connections.
func (c *Cluster) Start() error {
	return c.run(filepath.Join(c.bin, "pg_ctl"), "-D", c.data(), "-l", filepath.Join(c.Dir, "postgres.log"), "-w", "-t", "60", "start")
}

// Stop shuts the server down cleanly (fast mode: sessions are disconnected).
func (c *Cluster) Stop() error {
	return c.run(filepath.Join(c.bin, "pg_ctl"), "-D", c.data(), "-w", "-m", "fast", "stop")
}

// Crash stops the server without a checkpoint (immediate mode: what a power cut leaves behind;
// the next start runs crash recovery from the WAL).
func (c *Cluster) Crash() error {
	return c.run(filepath.Join(c.bin, "pg_ctl"), "-D", c.data(), "-w", "-m", "immediate", "stop")
}

// Running reports whether the server is up.
func (c *Cluster) Running() bool {
	return c.cmd(filepath.Join(c.bin, "pg_ctl"), "-D", c.data(), "status").Run() == nil
}

// Destroy stops the server (if running) and removes the directory.
func (c *Cluster) Destroy() error {
	var err error
	if c.Running() {
		err = c.Crash()
	}
	return errors.Join(err, os.RemoveAll(c.Dir))
}

// CreateDB creates a fresh database owned by gridchain and returns its DSN.
func (c *Cluster) CreateDB(ctx context.Context, name string) (string, error) {
	conn, err := pgx.Connect(ctx, fmt.Sprintf("postgres://postgres:postgres@127.0.0.1:%d/postgres?sslmode=disable", c.Port))
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" OWNER gridchain"); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	return fmt.Sprintf("postgres://gridchain:gridchain@127.0.0.1:%d/%s?sslmode=disable", c.Port, name), nil
}
