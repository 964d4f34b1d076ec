//go:build !js

package rtc

import (
	"crypto"
	"time"

	"github.com/pion/webrtc/v4"
)

type certificateBackend struct {
	pion webrtc.Certificate
}

func generateCertificate(secretKey crypto.PrivateKey) (*certificateBackend, error) {
	c, err := webrtc.GenerateCertificate(secretKey)
	if err != nil {
		return nil, mapPionError("GenerateCertificate", err)
	}
	return &certificateBackend{pion: *c}, nil
}

func (c *certificateBackend) expires() time.Time { return c.pion.Expires() }

func (c *certificateBackend) fingerprints() ([]DTLSFingerprint, error) {
	fps, err := c.pion.GetFingerprints()
	if err != nil {
		return nil, mapPionError("Certificate.GetFingerprints", err)
	}
	out := make([]DTLSFingerprint, len(fps))
	for i, f := range fps {
		out[i] = DTLSFingerprint{Algorithm: f.Algorithm, Value: f.Value}
	}
	return out, nil
}

func (c *certificateBackend) equals(o *certificateBackend) bool { return c.pion.Equals(o.pion) }

// CertificateFromPion wraps a pion certificate (from webrtc.NewCertificate,
// CertificateFromPEM or CertificateFromX509) for Configuration.Certificates.
// Native only.
func CertificateFromPion(c webrtc.Certificate) Certificate {
	return Certificate{impl: &certificateBackend{pion: c}}
}
