package meterbridge

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/meterbridge/store"
	"github.com/campus-grid/gridchain/reading"
)

// HTTP error codes (the "code" of {"error": {...}}) besides the reading codes of ingest.go.
const (
	CodeUnauthorized        = "unauthorized"
	CodeMalformedJSON       = "malformed_json"
	CodeEmptyBatch          = "empty_batch"
	CodeBatchTooLarge       = "batch_too_large"
	CodeDatabaseUnavailable = "database_unavailable"
	CodeRegistryNotSynced   = "registry_not_synced"
	CodeBadParameter        = "bad_parameter"
	CodeNotFound            = "not_found"
	CodeInternal            = "internal"
)

// Query limits.
const (
	defaultQueryLimit = 1000
	maxQueryLimit     = 10000
	// bytesPerReading bounds the request body: a signed reading is about 330 bytes of JSON.
	bytesPerReading = 1024
)

// API is meterbridge's HTTP interface.
type API struct {
	log        *zap.Logger
	cfg        IngestConfig
	ingester   *Ingester
	store      store.Store
	meters     MeterSource
	metrics    Metrics
	headEnds   map[[32]byte]string // sha256(token) -> head-end name
	readTokens map[[32]byte]bool
}

// NewAPI wires the handlers. Tokens are compared by their SHA-256.
func NewAPI(log *zap.Logger, cfg IngestConfig, in *Ingester, st store.Store, meters MeterSource, m Metrics,
	headEnds []HeadEnd, readTokens []string) *API {
	a := &API{log: log, cfg: cfg, ingester: in, store: st, meters: meters, metrics: m,
		headEnds: map[[32]byte]string{}, readTokens: map[[32]byte]bool{}}
	for _, h := range headEnds {
		a.headEnds[sha256.Sum256([]byte(h.Token))] = h.Name
	}
	for _, t := range readTokens {
		a.readTokens[sha256.Sum256([]byte(t))] = true
	}
	return a
}

// Handler routes every endpoint.
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/readings", a.postReadings)
	mux.HandleFunc("GET /v1/readings", a.readAuth(a.getCursor))
	mux.HandleFunc("GET /v1/meters/{id}/readings", a.readAuth(a.getMeterReadings))
	mux.HandleFunc("GET /v1/meters/{id}/latest", a.readAuth(a.getLatest))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", a.readyz)
	if h := a.metrics.Handler(); h != nil {
		mux.Handle("GET /metrics", h)
	}
	return mux
}

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type errorBody struct {
	Error   apiError `json:"error"`
	Results []Result `json:"results,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body) // the client went away: nothing left to tell it
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, errorBody{Error: apiError{Code: code, Message: msg}})
}

func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return "", false
	}
	return strings.TrimSpace(h[len(prefix):]), true
}

func (a *API) readAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if len(a.readTokens) > 0 {
			tok, ok := bearer(r)
			if !ok || !a.readTokens[sha256.Sum256([]byte(tok))] {
				writeError(w, http.StatusUnauthorized, CodeUnauthorized, "a valid read token is required (Authorization: Bearer ...)")
				return
			}
		}
		next(w, r)
	}
}

// IngestRequest is the body of POST /v1/readings.
type IngestRequest struct {
	Readings []reading.Signed `json:"readings"`
}

// IngestResponse is the body of a 200 answer to POST /v1/readings.
type IngestResponse struct {
	Accepted   int      `json:"accepted"`
	Duplicates int      `json:"duplicates"`
	Results    []Result `json:"results"`
}

func (a *API) postReadings(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	code, accepted, dups, rejected := "ok", 0, 0, 0
	defer func() { a.metrics.Batch(code, accepted, dups, rejected, time.Since(start)) }()
	fail := func(status int, c, msg string) {
		code = c
		writeError(w, status, c, msg)
	}

	tok, ok := bearer(r)
	if !ok {
		fail(http.StatusUnauthorized, CodeUnauthorized, "missing credential: send Authorization: Bearer <head-end token>")
		return
	}
	headEnd, ok := a.headEnds[sha256.Sum256([]byte(tok))]
	if !ok {
		fail(http.StatusUnauthorized, CodeUnauthorized, "unknown head-end token")
		return
	}
	log := a.log.With(zap.String("headEnd", headEnd))
	if r.ContentLength > int64(a.cfg.MaxBatch)*bytesPerReading+bytesPerReading {
		fail(http.StatusRequestEntityTooLarge, CodeBatchTooLarge, fmt.Sprintf("body of %d bytes exceeds the limit for %d readings", r.ContentLength, a.cfg.MaxBatch))
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, int64(a.cfg.MaxBatch)*bytesPerReading+bytesPerReading))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(http.StatusRequestEntityTooLarge, CodeBatchTooLarge, fmt.Sprintf("body exceeds %d bytes (at most %d readings)", tooBig.Limit, a.cfg.MaxBatch))
			return
		}
		fail(http.StatusBadRequest, CodeMalformedJSON, "reading the body failed: "+err.Error())
		return
	}
	readings, err := decodeBatch(raw)
	if err != nil {
		fail(http.StatusBadRequest, CodeMalformedJSON, "malformed JSON: "+err.Error())
		return
	}
	req := IngestRequest{Readings: readings}
	if len(req.Readings) == 0 {
		fail(http.StatusBadRequest, CodeEmptyBatch, `the batch holds no readings (expected {"readings": [...]})`)
		return
	}
	if len(req.Readings) > a.cfg.MaxBatch {
		fail(http.StatusRequestEntityTooLarge, CodeBatchTooLarge, fmt.Sprintf("%d readings: at most %d per batch", len(req.Readings), a.cfg.MaxBatch))
		return
	}
	if !a.meters.Ready() {
		fail(http.StatusServiceUnavailable, CodeRegistryNotSynced, "the Registry follower has not caught up yet: retry later")
		return
	}

	out, err := a.ingester.Ingest(r.Context(), headEnd, req.Readings)
	if err != nil {
		if errors.Is(err, ErrStore) {
			log.Warn("batch not stored: database unavailable", zap.Int("readings", len(req.Readings)), zap.Error(err))
			w.Header().Set("Retry-After", "1")
			fail(http.StatusServiceUnavailable, CodeDatabaseUnavailable, "the database is unavailable: nothing was stored, retry the batch")
			return
		}
		log.Error("batch failed", zap.Error(err))
		fail(http.StatusInternalServerError, CodeInternal, "internal error: nothing was stored")
		return
	}
	accepted, dups, rejected = out.Accepted, out.Duplicates, out.Rejected
	if out.Rejected > 0 {
		code = out.FirstReject.Code
		fr := out.FirstReject
		log.Info("batch rejected", zap.Int("readings", len(req.Readings)), zap.Int("rejected", out.Rejected),
			zap.String("code", fr.Code), zap.Stringer("meter", fr.MeterID), zap.Uint64("seq", fr.Seq))
		writeJSON(w, http.StatusUnprocessableEntity, errorBody{
			Error: apiError{Code: fr.Code, Message: fmt.Sprintf("%d of %d readings rejected, nothing stored; first: reading %d: %s",
				out.Rejected, len(req.Readings), fr.Index, fr.Reason)},
			Results: out.Results,
		})
		return
	}
	log.Debug("batch stored", zap.Int("accepted", out.Accepted), zap.Int("duplicates", out.Duplicates))
	a.metrics.Horizon(a.ingester.Horizon())
	writeJSON(w, http.StatusOK, IngestResponse{Accepted: out.Accepted, Duplicates: out.Duplicates, Results: out.Results})
}

// RowJSON is a stored reading as the query endpoints return it.
type RowJSON struct {
	ID int64 `json:"id"`
	reading.Signed
	Signer     common.Address `json:"signer"`
	HeadEnd    string         `json:"headEnd"`
	ReceivedAt time.Time      `json:"receivedAt"`
}

func toJSON(rows []store.Row) []RowJSON {
	out := make([]RowJSON, len(rows))
	for i, r := range rows {
		out[i] = RowJSON{ID: r.ID, Signed: r.Signed, Signer: r.Signer, HeadEnd: r.HeadEnd, ReceivedAt: r.ReceivedAt.UTC()}
	}
	return out
}

// CursorResponse is the body of GET /v1/readings.
type CursorResponse struct {
	Readings []RowJSON `json:"readings"`
	// Next is the cursor to pass as after= next time (the last id returned, or after).
	Next int64 `json:"next"`
	// Horizon is the highest id that is final now.
	Horizon int64 `json:"horizon"`
}

func (a *API) storeFailed(w http.ResponseWriter, what string, err error) {
	a.log.Warn(what, zap.Error(err))
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, CodeDatabaseUnavailable, "the database is unavailable")
}

func uintParam(r *http.Request, name string, def uint64) (uint64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s=%q is not a non-negative integer", name, s)
	}
	return v, nil
}

func limitParam(r *http.Request) (int, error) {
	v, err := uintParam(r, "limit", defaultQueryLimit)
	if err != nil {
		return 0, err
	}
	if v < 1 || v > maxQueryLimit {
		return 0, fmt.Errorf("limit must be between 1 and %d", maxQueryLimit)
	}
	return int(v), nil
}

func (a *API) getCursor(w http.ResponseWriter, r *http.Request) {
	after, err := uintParam(r, "after", 0)
	if err == nil && after > 1<<63-1 {
		err = errors.New("after is too large")
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadParameter, err.Error())
		return
	}
	limit, err := limitParam(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadParameter, err.Error())
		return
	}
	horizon := a.ingester.Horizon()
	rows, err := a.store.After(r.Context(), int64(after), horizon, limit)
	if err != nil {
		a.storeFailed(w, "cursor query failed", err)
		return
	}
	next := int64(after)
	if len(rows) > 0 {
		next = rows[len(rows)-1].ID
	}
	writeJSON(w, http.StatusOK, CursorResponse{Readings: toJSON(rows), Next: next, Horizon: horizon})
}

func meterParam(w http.ResponseWriter, r *http.Request) (common.Hash, bool) {
	raw, err := hexutil.Decode(r.PathValue("id"))
	if err != nil || len(raw) != common.HashLength {
		writeError(w, http.StatusBadRequest, CodeBadParameter, "meter id must be 0x followed by 64 hex digits")
		return common.Hash{}, false
	}
	return common.BytesToHash(raw), true
}

func (a *API) getMeterReadings(w http.ResponseWriter, r *http.Request) {
	id, ok := meterParam(w, r)
	if !ok {
		return
	}
	from, err := uintParam(r, "from", 0)
	var to uint64
	if err == nil {
		to, err = uintParam(r, "to", 1<<63-1)
	}
	var limit int
	if err == nil {
		limit, err = limitParam(r)
	}
	if err == nil && to < from {
		err = errors.New("to must not be before from")
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadParameter, err.Error())
		return
	}
	rows, err := a.store.ByMeter(r.Context(), id, from, to, limit)
	if err != nil {
		a.storeFailed(w, "meter query failed", err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"readings": toJSON(rows)})
}

func (a *API) getLatest(w http.ResponseWriter, r *http.Request) {
	id, ok := meterParam(w, r)
	if !ok {
		return
	}
	row, err := a.store.LatestRow(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, CodeNotFound, fmt.Sprintf("meter %s has no reading", id))
		return
	}
	if err != nil {
		a.storeFailed(w, "latest query failed", err)
		return
	}
	writeJSON(w, http.StatusOK, toJSON([]store.Row{row})[0])
}

func (a *API) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	dbErr := a.store.Ping(ctx)
	synced := a.meters.Ready()
	status := http.StatusOK
	body := map[string]any{"database": "ok", "registry": "synced"}
	if dbErr != nil {
		// The port is public (head-ends post here): the cause goes to the log, not to the caller.
		a.log.Warn("readiness: database unavailable", zap.Error(dbErr))
		status = http.StatusServiceUnavailable
		body["database"] = "unavailable"
	}
	if !synced {
		status = http.StatusServiceUnavailable
		body["registry"] = "catching up"
	}
	writeJSON(w, status, body)
}
