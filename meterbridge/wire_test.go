package meterbridge

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func wireSamples(t testing.TB) [][]byte {
	e := newTestEnv(t, 3)
	good := mustJSON(e.batch(0, 1, 2)...)
	pretty := &bytes.Buffer{}
	require.NoError(t, json.Indent(pretty, good, " ", "\t"))
	return [][]byte{
		good,
		pretty.Bytes(),
		[]byte(`{"readings": []}`),
		[]byte(`{"readings": [{}]}`),
		[]byte(`{"readings": [{"seq": 18446744073709551615, "exportWh": 0}]}`),
		[]byte(`{"readings": [{"seq": 18446744073709551616}]}`),
		[]byte(`{"readings": [{"seq": 01}]}`),
		[]byte(`{"readings": [{"seq": 1.0}]}`),
		[]byte(`{"readings": [{"seq": 1e3}]}`),
		[]byte(`{"readings": [{"seq": -1}]}`),
		[]byte(`{"readings": [{"seq": null}]}`),
		[]byte(`{"readings": [{"SEQ": 7}]}`),
		[]byte(`{"readings": [{"meterId": "0x01"}]}`),
		[]byte(`{"readings": [{"meterId": "0X0000000000000000000000000000000000000000000000000000000000000001"}]}`),
		[]byte(`{"readings": [{"signature": "0x00"}]}`),
		[]byte(`{"readings": [{"signature": "0xzz"}]}`),
		[]byte(`{"readings": [{"meterId": "0x000000000000000000000000000000000000000000000000000000000000000g"}]}`),
		[]byte(`{"readings": [{"seq": 1}]} trailing`),
		[]byte(`{"readings": [{"seq": 1}]}{}`),
		[]byte(`{"readings": [{"seq": 1},]}`),
		[]byte(`{"readings": [{"seq": 1}], "other": 1}`),
		[]byte(`{"readings": [{"seq": 1, "seq": 2}]}`),
		[]byte(`{"readings": {"seq": 1}}`),
		[]byte(`[]`),
		[]byte(``),
		[]byte(`{"readings": [{"meterId": "0x\u0030"}]}`),
	}
}

// The fast decoder must agree with encoding/json whenever it answers.
func checkWire(t *testing.T, body []byte) {
	fast, ok := fastDecode(body)
	var req IngestRequest
	err := json.Unmarshal(body, &req)
	if !ok {
		got, gotErr := decodeBatch(body)
		if err != nil {
			require.Error(t, gotErr)
		} else {
			require.NoError(t, gotErr)
			require.Equal(t, req.Readings, got)
		}
		return
	}
	require.NoError(t, err, "fast path accepted what encoding/json refuses: %q", body)
	require.Equal(t, len(req.Readings), len(fast))
	for i := range fast {
		require.Equal(t, req.Readings[i].Reading, fast[i].Reading)
		require.Equal(t, []byte(req.Readings[i].Signature), []byte(fast[i].Signature))
	}
}

func TestFastDecodeAgreesWithEncodingJSON(t *testing.T) {
	for _, body := range wireSamples(t) {
		checkWire(t, body)
	}
	_, ok := fastDecode(wireSamples(t)[0])
	require.True(t, ok, "the common shape takes the fast path")
}

func FuzzFastDecode(f *testing.F) {
	for _, body := range wireSamples(f) {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body []byte) { checkWire(t, body) })
}
