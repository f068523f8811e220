package dapp

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/manifest"
)

const (
	maxRPCBody      = 1 << 20  // a request from the page: a batch of calls
	maxUpstreamBody = 32 << 20 // an answer from the node: logs can be long
)

var (
	ErrNotStarted   = errors.New("dapp server not started")
	ErrKeyMismatch  = errors.New("key file does not hold the key of the manifest's address")
	ErrNoUpstream   = errors.New("no node answered")
	errMethodDenied = errors.New("method not allowed")
)

// Denied even though they sit in the eth namespace: they would use keys held by the node.
var deniedMethods = map[string]bool{
	"eth_sign": true, "eth_signTransaction": true, "eth_sendTransaction": true, "eth_signTypedData": true,
	"eth_signTypedData_v4": true, "eth_accounts": true, "eth_coinbase": true, "eth_mining": true,
}

var meterIDPattern = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// PageConfig is /config.json: what the page needs to find the chain and the contracts.
type PageConfig struct {
	ChainID        uint64                    `json:"chainId"`
	ChainName      string                    `json:"chainName"`
	RPCURL         string                    `json:"rpcUrl"`
	WalletRPCURL   string                    `json:"walletRpcUrl,omitempty"`
	NativeCurrency Currency                  `json:"nativeCurrency"`
	Contracts      map[string]common.Address `json:"contracts"`
	DeployBlock    uint64                    `json:"deployBlock"`
	Market         map[string]uint64         `json:"market,omitempty"`
	Meterbridge    bool                      `json:"meterbridge"`
	Devnet         bool                      `json:"devnet"`
	DemoAccounts   []DemoAccount             `json:"demoAccounts,omitempty"`
}

// Currency is the chain's native coin as wallets show it (EIP-3085).
type Currency struct {
	Name   string `json:"name"`
	Symbol string `json:"symbol"`
}

// DemoAccount is a devnet key the page can sign with locally.
type DemoAccount struct {
	Name       string         `json:"name"`
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
}

// Service is the dapp HTTP server.
type Service struct {
	cfg    Config
	log    *zap.Logger
	client *http.Client
	mux    *http.ServeMux

	mu      sync.Mutex
	srv     *http.Server
	ln      net.Listener
	done    chan struct{}
	stopped bool
}

// New builds the server; Start listens.
func New(cfg Config, log *zap.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("dapp config: %w", err)
	}
	s := &Service{cfg: cfg, log: log, client: &http.Client{Timeout: cfg.UpstreamTimeout}}
	s.initRoutes()
	return s, nil
}

func (s *Service) initRoutes() {
	mux := http.NewServeMux()
	static := http.FileServerFS(Assets())
	mux.Handle("GET /", s.headers(static))
	mux.HandleFunc("GET /config.json", s.pageConfig)
	mux.HandleFunc("POST /rpc", s.rpc)
	mux.HandleFunc("GET /api/meters/{id}/readings", s.meterbridge("readings"))
	mux.HandleFunc("GET /api/meters/{id}/latest", s.meterbridge("latest"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", s.readyz)
	s.mux = mux
}

// Handler is the server's routes (for tests and embedding).
func (s *Service) Handler() http.Handler { return s.mux }

// Start listens on the configured address and serves until Stop.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return nil
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("serve", zap.Error(err))
		}
	}()
	s.log.Info("dapp serving", zap.String("url", "http://"+ln.Addr().String()+"/"), zap.String("manifest", s.cfg.ManifestPath),
		zap.Bool("devnet", s.cfg.Devnet), zap.Bool("meterbridge", s.cfg.MeterbridgeURL != ""))
	return nil
}

// Addr is the address the server listens on (useful with port 0).
func (s *Service) Addr() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return "", ErrNotStarted
	}
	return s.ln.Addr().String(), nil
}

// Stop shuts the server down gracefully; calling it twice is safe.
func (s *Service) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || s.srv == nil {
		s.stopped = true
		return nil
	}
	s.stopped = true
	err := s.srv.Shutdown(ctx)
	<-s.done
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// Stopped reports whether Stop has run.
func (s *Service) Stopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopped
}

func (s *Service) headers(next http.Handler) http.Handler {
	connect := "'self'"
	if u, err := url.Parse(s.cfg.BrowserRPC); err == nil && u.Host != "" {
		connect += " " + u.Scheme + "://" + u.Host
	}
	csp := "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src " + connect
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client went away: nothing left to tell it
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// BuildPageConfig reads the manifest and turns it into the page's configuration.
func (s *Service) BuildPageConfig() (*PageConfig, error) {
	m, err := manifest.Load(s.cfg.ManifestPath)
	if err != nil {
		return nil, err
	}
	rpc := s.cfg.BrowserRPC
	if rpc == "" {
		rpc = "rpc" // relative to the page: works behind any path prefix
	}
	pc := &PageConfig{
		ChainID: m.ChainID, ChainName: s.cfg.ChainName, RPCURL: rpc,
		NativeCurrency: Currency{Name: "Campus Gas", Symbol: "CGAS"},
		Contracts:      map[string]common.Address{}, DeployBlock: m.DeployBlock, Market: m.Market,
		Meterbridge: s.cfg.MeterbridgeURL != "", Devnet: s.cfg.Devnet,
	}
	for _, name := range []string{manifest.Registry, manifest.GridToken, manifest.SettlementToken, manifest.Trading, manifest.OracleClient} {
		if a, err := m.Contract(name); err == nil {
			pc.Contracts[name] = a
		}
	}
	if !s.cfg.Devnet {
		return pc, nil
	}
	accounts := append([]manifest.Account(nil), m.Demo...)
	if reg, ok := m.Accounts["registrar"]; ok {
		reg.Name = "registrar (admin)"
		accounts = append(accounts, reg)
	}
	for _, a := range accounts {
		if a.KeyFile == "" {
			continue
		}
		key, err := readKey(a.KeyFile, a.Address)
		if err != nil {
			return nil, fmt.Errorf("demo account %s: %w", a.Name, err)
		}
		pc.DemoAccounts = append(pc.DemoAccounts, DemoAccount{Name: a.Name, Address: a.Address, PrivateKey: key})
	}
	return pc, nil
}

// readKey reads a hex private key file and checks that it belongs to addr.
func readKey(path string, addr common.Address) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read key: %w", err)
	}
	h := strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")
	key, err := crypto.HexToECDSA(h)
	if err != nil {
		return "", fmt.Errorf("parse key %s: %w", path, err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != addr {
		return "", fmt.Errorf("%s: %w", path, ErrKeyMismatch)
	}
	return "0x" + hex.EncodeToString(crypto.FromECDSA(key)), nil
}

func (s *Service) pageConfig(w http.ResponseWriter, _ *http.Request) {
	pc, err := s.BuildPageConfig()
	if err != nil {
		s.log.Warn("config.json", zap.Error(err))
		writeError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, pc)
}

type rpcRequest struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcErrorReply struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcError        `json:"error"`
}

func allowed(method string) bool {
	if deniedMethods[method] {
		return false
	}
	return strings.HasPrefix(method, "eth_") || strings.HasPrefix(method, "net_") || strings.HasPrefix(method, "web3_")
}

// rpc forwards JSON-RPC calls (single or batch) of the public eth, net and web3 namespaces.
func (s *Service) rpc(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRPCBody))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "request too large")
		return
	}
	trimmed := bytes.TrimSpace(body)
	var reqs []rpcRequest
	batch := len(trimmed) > 0 && trimmed[0] == '['
	if batch {
		err = json.Unmarshal(trimmed, &reqs)
	} else {
		var one rpcRequest
		err = json.Unmarshal(trimmed, &one)
		reqs = []rpcRequest{one}
	}
	if err != nil || len(reqs) == 0 {
		writeJSON(w, http.StatusOK, rpcErrorReply{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: rpcError{Code: -32700, Message: "parse error"}})
		return
	}
	var denied []string
	for _, q := range reqs {
		if !allowed(q.Method) {
			denied = append(denied, q.Method)
		}
	}
	if len(denied) > 0 {
		replies := make([]rpcErrorReply, len(reqs))
		for i, q := range reqs {
			id := q.ID
			if len(id) == 0 {
				id = json.RawMessage("null")
			}
			replies[i] = rpcErrorReply{JSONRPC: "2.0", ID: id, Error: rpcError{Code: -32601, Message: fmt.Sprintf("%s: %s", errMethodDenied, strings.Join(denied, ", "))}}
		}
		if batch {
			writeJSON(w, http.StatusOK, replies)
		} else {
			writeJSON(w, http.StatusOK, replies[0])
		}
		return
	}
	status, reply, err := s.forwardRPC(r.Context(), trimmed)
	if err != nil {
		s.log.Warn("rpc pass-through", zap.Error(err))
		writeError(w, http.StatusBadGateway, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(reply)
}

// forwardRPC tries the configured node, else every RPC node of the manifest in turn, so the page keeps
// working while one signer is down.
func (s *Service) forwardRPC(ctx context.Context, body []byte) (int, []byte, error) {
	urls := []string{s.cfg.NodeRPC}
	if s.cfg.NodeRPC == "" {
		m, err := manifest.Load(s.cfg.ManifestPath)
		if err != nil {
			return 0, nil, err
		}
		urls = m.RPCURLs()
	}
	var errs []error
	for _, u := range urls {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		req.Header.Set("Content-Type", "application/json")
		res, err := s.client.Do(req)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		reply, err := io.ReadAll(io.LimitReader(res.Body, maxUpstreamBody))
		_ = res.Body.Close()
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", u, err))
			continue
		}
		return res.StatusCode, reply, nil
	}
	return 0, nil, fmt.Errorf("%w: %w", ErrNoUpstream, errors.Join(errs...))
}

// meterbridge forwards read-only meter queries, adding the read token the browser never sees.
func (s *Service) meterbridge(what string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.MeterbridgeURL == "" {
			writeError(w, http.StatusNotFound, "meterbridge is not configured")
			return
		}
		id := r.PathValue("id")
		if !meterIDPattern.MatchString(id) {
			writeError(w, http.StatusBadRequest, "meter id must be 0x followed by 64 hex digits")
			return
		}
		q := url.Values{}
		for _, k := range []string{"from", "to", "limit"} {
			if v := r.URL.Query().Get(k); v != "" {
				q.Set(k, v)
			}
		}
		target := strings.TrimRight(s.cfg.MeterbridgeURL, "/") + "/v1/meters/" + id + "/" + what
		if len(q) > 0 {
			target += "?" + q.Encode()
		}
		req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, target, nil)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		if s.cfg.MeterbridgeToken != "" {
			req.Header.Set("Authorization", "Bearer "+s.cfg.MeterbridgeToken)
		}
		res, err := s.client.Do(req)
		if err != nil {
			s.log.Warn("meterbridge pass-through", zap.Error(err))
			writeError(w, http.StatusBadGateway, "meterbridge did not answer")
			return
		}
		defer res.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(res.StatusCode)
		_, _ = io.Copy(w, io.LimitReader(res.Body, maxUpstreamBody))
	}
}

// readyz answers 200 when the manifest loads and a node answers with the manifest's chain id.
func (s *Service) readyz(w http.ResponseWriter, r *http.Request) {
	m, err := manifest.Load(s.cfg.ManifestPath)
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	_, reply, err := s.forwardRPC(r.Context(), []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	var res struct {
		Result string `json:"result"`
	}
	if err := json.Unmarshal(reply, &res); err != nil || res.Result != fmt.Sprintf("0x%x", m.ChainID) {
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("node answered chain id %q, manifest says %d", res.Result, m.ChainID))
		return
	}
	_, _ = io.WriteString(w, "ready\n")
}
