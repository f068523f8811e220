package meterbridge

import (
	"encoding/hex"
	"encoding/json"
	"errors"

	"github.com/campus-grid/gridchain/reading"
)

// decodeBatch parses the body of POST /v1/readings. The common case (the exact shape metersim
// and head-ends send: known keys, unsigned integers, 0x-hex strings without escapes) goes
// through a hand-written scanner about ten times cheaper than encoding/json, which matters at
// tens of thousands of readings a second. Anything else falls back to encoding/json, which
// decides what is valid and names the problem.
func decodeBatch(body []byte) ([]reading.Signed, error) {
	if out, ok := fastDecode(body); ok {
		return out, nil
	}
	var req IngestRequest
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, err
	}
	return req.Readings, nil
}

var errSlow = errors.New("not the fast path")

type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) eat(c byte) bool {
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str returns the bytes of a string without escapes.
func (s *scanner) str() ([]byte, error) {
	if !s.eat('"') {
		return nil, errSlow
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		if c == '"' {
			s.i++
			return s.b[start : s.i-1], nil
		}
		if c == '\\' || c < 0x20 || c >= 0x80 {
			return nil, errSlow
		}
		s.i++
	}
	return nil, errSlow
}

func (s *scanner) uint() (uint64, error) {
	s.ws()
	start := s.i
	var v uint64
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		d := uint64(s.b[s.i] - '0')
		if v > (1<<64-1-d)/10 {
			return 0, errSlow
		}
		v = v*10 + d
		s.i++
	}
	n := s.i - start
	if n == 0 || (n > 1 && s.b[start] == '0') {
		return 0, errSlow
	}
	if s.i < len(s.b) {
		switch s.b[s.i] {
		case '.', 'e', 'E':
			return 0, errSlow
		}
	}
	return v, nil
}

func (s *scanner) hexBytes(dst []byte) error {
	raw, err := s.str()
	if err != nil || len(raw) != 2+2*len(dst) || raw[0] != '0' || raw[1] != 'x' {
		return errSlow
	}
	if _, err := hex.Decode(dst, raw[2:]); err != nil {
		return errSlow
	}
	return nil
}

func (s *scanner) reading(r *reading.Signed) error {
	if !s.eat('{') {
		return errSlow
	}
	if s.eat('}') {
		return nil
	}
	for {
		key, err := s.str()
		if err != nil || !s.eat(':') {
			return errSlow
		}
		switch string(key) {
		case "meterId":
			err = s.hexBytes(r.MeterID[:])
		case "intervalStart":
			r.IntervalStart, err = s.uint()
		case "intervalEnd":
			r.IntervalEnd, err = s.uint()
		case "exportWh":
			r.ExportWh, err = s.uint()
		case "importWh":
			r.ImportWh, err = s.uint()
		case "seq":
			r.Seq, err = s.uint()
		case "signature":
			r.Signature = make([]byte, reading.SignatureLength)
			err = s.hexBytes(r.Signature)
		default:
			return errSlow
		}
		if err != nil {
			return err
		}
		if s.eat('}') {
			return nil
		}
		if !s.eat(',') {
			return errSlow
		}
	}
}

// fastDecode handles {"readings": [ {...}, ... ]} and nothing else.
func fastDecode(body []byte) ([]reading.Signed, bool) {
	s := &scanner{b: body}
	if !s.eat('{') {
		return nil, false
	}
	key, err := s.str()
	if err != nil || string(key) != "readings" || !s.eat(':') || !s.eat('[') {
		return nil, false
	}
	out := make([]reading.Signed, 0, len(body)/330+1)
	if !s.eat(']') {
		for {
			out = append(out, reading.Signed{})
			if err := s.reading(&out[len(out)-1]); err != nil {
				return nil, false
			}
			if s.eat(']') {
				break
			}
			if !s.eat(',') {
				return nil, false
			}
		}
	}
	if !s.eat('}') {
		return nil, false
	}
	s.ws()
	if s.i != len(s.b) {
		return nil, false
	}
	return out, true
}
