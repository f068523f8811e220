package metersim

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/reading"
)

// ErrRejected means meterbridge refused the batch (4xx): retrying the same batch cannot help.
var ErrRejected = errors.New("batch rejected")

// Client posts batches to meterbridge.
type Client struct {
	URL   string // base URL, e.g. http://127.0.0.1:8480
	Token string // the head-end bearer token
	HTTP  *http.Client
}

// NewClient keeps up to conns connections open (one per concurrent poster). insecure skips TLS
// verification (self-signed demo certificates).
func NewClient(url, token string, conns int, insecure bool) *Client {
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns,
		IdleConnTimeout: 90 * time.Second}
	if insecure {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // opt-in for self-signed demo certificates
	}
	return &Client{URL: url, Token: token, HTTP: &http.Client{Transport: tr, Timeout: 2 * time.Minute}}
}

// BatchResponse is the part of meterbridge's answer the simulator reads.
type BatchResponse struct {
	Accepted   int `json:"accepted"`
	Duplicates int `json:"duplicates"`
	Error      *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// EncodeBatch is the JSON body of POST /v1/readings.
func EncodeBatch(batch []reading.Signed) ([]byte, error) {
	return json.Marshal(struct {
		Readings []reading.Signed `json:"readings"`
	}{batch})
}

// PostBody posts an encoded batch. A 4xx wraps ErrRejected; a 5xx or a transport failure is
// a plain error (retry the same batch: what was stored comes back as duplicates).
func (c *Client) PostBody(ctx context.Context, body []byte) (BatchResponse, error) {
	var out BatchResponse
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"/v1/readings", bytes.NewReader(body))
	if err != nil {
		return out, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return out, fmt.Errorf("read answer: %w", err)
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return out, fmt.Errorf("answer %d: %w", resp.StatusCode, err)
	}
	switch {
	case resp.StatusCode == http.StatusOK:
		return out, nil
	case resp.StatusCode >= 400 && resp.StatusCode < 500 && out.Error != nil:
		return out, fmt.Errorf("%w: %d %s: %s", ErrRejected, resp.StatusCode, out.Error.Code, out.Error.Message)
	case out.Error != nil:
		return out, fmt.Errorf("meterbridge %d %s: %s", resp.StatusCode, out.Error.Code, out.Error.Message)
	default:
		return out, fmt.Errorf("meterbridge answered %d", resp.StatusCode)
	}
}

// Latest asks meterbridge for a meter's newest stored reading; ok is false when it has none.
func (c *Client) Latest(ctx context.Context, id common.Hash) (r reading.Reading, ok bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL+"/v1/meters/"+id.Hex()+"/latest", nil)
	if err != nil {
		return r, false, err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return r, false, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNotFound:
		return r, false, nil
	case http.StatusOK:
		var s reading.Signed
		if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
			return r, false, fmt.Errorf("latest of %s: %w", id, err)
		}
		return s.Reading, true, nil
	default:
		return r, false, fmt.Errorf("latest of %s: meterbridge answered %d", id, resp.StatusCode)
	}
}
