//go:build js && wasm

package rtc

import (
	"crypto"
	"slices"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
)

// certificateBackend is a browser RTCCertificate.
type certificateBackend struct{ js js.Value }

// The key types are told apart by their methods: importing crypto/ecdsa
// and crypto/rsa for this one switch would link their big-number code into
// every browser program.
type (
	ecdsaKey interface{ Bytes() ([]byte, error) } // *ecdsa.PrivateKey
	rsaKey   interface{ Size() int }              // *rsa.PrivateKey
)

// ecdsaCurves names the browser's curves by private key length in bytes.
var ecdsaCurves = map[int]string{32: "P-256", 48: "P-384", 66: "P-521"}

// generateCertificate asks the browser for a certificate of the key's
// algorithm: the browser makes its own key, which never leaves it, so
// only the key's type and size are used.
func generateCertificate(secretKey crypto.PrivateKey) (*certificateBackend, error) {
	const op = "GenerateCertificate"
	var alg map[string]any
	switch k := secretKey.(type) {
	case ecdsaKey:
		d, err := k.Bytes()
		if err != nil || ecdsaCurves[len(d)] == "" {
			return nil, newError(ErrNotSupported, op, "ECDSA curve (use P-256, P-384 or P-521)")
		}
		alg = map[string]any{"name": "ECDSA", "namedCurve": ecdsaCurves[len(d)]}
	case rsaKey:
		alg = map[string]any{"name": "RSASSA-PKCS1-v1_5", "modulusLength": k.Size() * 8,
			"publicExponent": jsbridge.BytesToJS([]byte{1, 0, 1}), "hash": "SHA-256"}
	default:
		return nil, newError(ErrNotSupported, op, "key type (use an ECDSA or RSA key)")
	}
	v, err := jsbridge.AwaitCallNoCancel(rtcPeerConnection, "generateCertificate", alg)
	if err != nil {
		return nil, jsError(op, err)
	}
	return &certificateBackend{js: v}, nil
}

func (c *certificateBackend) expires() time.Time {
	return time.UnixMilli(int64(c.js.Get("expires").Float()))
}

func (c *certificateBackend) fingerprints() ([]DTLSFingerprint, error) {
	list, err := jsbridge.Call(c.js, "getFingerprints")
	if err != nil {
		return nil, jsError("Certificate.GetFingerprints", err)
	}
	out := make([]DTLSFingerprint, list.Length())
	for i := range out {
		f := list.Index(i)
		out[i] = DTLSFingerprint{Algorithm: jsbridge.String(f.Get("algorithm")), Value: jsbridge.String(f.Get("value"))}
	}
	return out, nil
}

// equals compares fingerprints: the browser may hand out another JS object
// for the same certificate (getConfiguration does).
func (c *certificateBackend) equals(o *certificateBackend) bool {
	if c.js.Equal(o.js) {
		return true
	}
	a, errA := c.fingerprints()
	b, errB := o.fingerprints()
	return errA == nil && errB == nil && len(a) > 0 && slices.Equal(a, b)
}
