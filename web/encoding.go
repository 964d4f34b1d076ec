//go:build !js

package web

import (
	"bytes"
	"compress/gzip"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// Content codings a response may use; identity is the empty string.
const (
	codingBrotli   = "br"
	codingGzip     = "gzip"
	codingIdentity = ""
)

// Compression settings, chosen on a 2-core machine for a 4.48 MB wasm:
// brotli quality 6 takes ~0.3 s (1.04 MB); quality 9 takes 0.8-1.2 s for
// only 2% less, and 10 and 11 take 7 s and 14 s. gzip level 6 takes ~0.2 s
// (1.23 MB); level 9 takes 0.5 s for 0.6% less.
const (
	brotliQuality = 6
	brotliWindow  = 22 // log2 of the window: 4 MiB
	gzipLevel     = gzip.DefaultCompression
)

// negotiate picks the content coding for a response from the request's
// Accept-Encoding field values (RFC 9110, section 12.5.3): brotli or gzip,
// whichever has the higher qvalue (brotli on a tie), or identity when the
// client accepts neither (q=0, not listed, or no header at all). A coding
// not listed takes the qvalue of "*" if present; an unreadable qvalue
// makes its coding unacceptable.
func negotiate(values []string) string {
	var br, gz, star float64 = -1, -1, -1 // -1: not listed
	for _, v := range values {
		for elem := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(elem, ";")
			q := qvalue(params)
			switch strings.ToLower(strings.TrimSpace(coding)) {
			case "br":
				br = max(br, q)
			case "gzip", "x-gzip":
				gz = max(gz, q)
			case "*":
				star = max(star, q)
			}
		}
	}
	if br < 0 {
		br = star
	}
	if gz < 0 {
		gz = star
	}
	switch {
	case br <= 0 && gz <= 0:
		return codingIdentity
	case br >= gz:
		return codingBrotli
	default:
		return codingGzip
	}
}

// qvalue returns the weight in the parameters of one Accept-Encoding
// element ("q=0.5"): 1 when absent, 0 when malformed or out of range.
func qvalue(params string) float64 {
	for p := range strings.SplitSeq(params, ";") {
		name, value, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if err != nil || !(q >= 0 && q <= 1) {
			return 0
		}
		return q
	}
	return 1
}

// encode returns b compressed with coding.
func encode(coding string, b []byte) []byte {
	var buf bytes.Buffer
	switch coding {
	case codingBrotli:
		w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindow})
		w.Write(b) // writes to a bytes.Buffer cannot fail
		w.Close()
	case codingGzip:
		w, _ := gzip.NewWriterLevel(&buf, gzipLevel) // the level is valid
		w.Write(b)
		w.Close()
	default:
		return b
	}
	return buf.Bytes()
}
