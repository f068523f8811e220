package oracle

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/campus-grid/gridchain/reading"
)

// BridgeClient reads meterbridge's reading cursor (GET /v1/readings?after=&limit=).
type BridgeClient struct {
	base  string
	token string
	http  *http.Client
}

var _ Source = (*BridgeClient)(nil)

// NewBridgeClient builds a client for cfg.
func NewBridgeClient(cfg BridgeConfig) (*BridgeClient, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("bridge ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("bridge ca_file %s: no certificate", cfg.CAFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	return &BridgeClient{base: strings.TrimRight(cfg.URL, "/"), token: cfg.Token,
		http: &http.Client{Transport: tr, Timeout: cfg.Timeout}}, nil
}

type bridgeRow struct {
	ID int64 `json:"id"`
	reading.Signed
}

type bridgePage struct {
	Readings []bridgeRow `json:"readings"`
	Next     int64       `json:"next"`
}

// After implements Source.
func (c *BridgeClient) After(ctx context.Context, after int64, limit int) ([]Reading, int64, error) {
	q := url.Values{"after": {strconv.FormatInt(after, 10)}, "limit": {strconv.Itoa(limit)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/readings?"+q.Encode(), nil)
	if err != nil {
		return nil, after, err
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, after, fmt.Errorf("meterbridge: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, after, fmt.Errorf("meterbridge: %s: %s", resp.Status, strings.TrimSpace(string(body)))
	}
	var page bridgePage
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, after, fmt.Errorf("meterbridge: decode page: %w", err)
	}
	out := make([]Reading, len(page.Readings))
	for i, r := range page.Readings {
		if r.ID <= after || (i > 0 && r.ID <= page.Readings[i-1].ID) {
			return nil, after, fmt.Errorf("meterbridge: cursor ids out of order (%d after %d)", r.ID, after)
		}
		if len(r.Signature) != reading.SignatureLength {
			return nil, after, fmt.Errorf("meterbridge: reading %d: %w", r.ID, reading.ErrSignatureLength)
		}
		out[i] = Reading{BridgeID: r.ID, Signed: r.Signed}
	}
	next := after
	if len(out) > 0 {
		next = out[len(out)-1].BridgeID
	}
	return out, next, nil
}

// Ping checks that meterbridge answers /healthz.
func (c *BridgeClient) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("meterbridge healthz: %s", resp.Status)
	}
	return nil
}
