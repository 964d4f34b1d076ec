package rtc

import (
	"crypto"
	"time"
)

// Certificate is a DTLS certificate with its private key, for
// Configuration.Certificates. Reusing one keeps a peer's fingerprint stable
// across connections.
// https://www.w3.org/TR/webrtc/#rtccertificate-interface
type Certificate struct {
	impl *certificateBackend
}

// GenerateCertificate makes a self-signed certificate. Natively it is signed
// with secretKey (an *ecdsa.PrivateKey or *rsa.PrivateKey); in the browser,
// which cannot import a key, RTCPeerConnection.generateCertificate makes one
// of the same algorithm (ECDSA P-256 or RSA) and secretKey's material is
// not used.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-generatecertificate
func GenerateCertificate(secretKey crypto.PrivateKey) (*Certificate, error) {
	impl, err := generateCertificate(secretKey)
	if err != nil {
		return nil, err
	}
	return &Certificate{impl: impl}, nil
}

// Expires is when the certificate stops being valid.
// https://www.w3.org/TR/webrtc/#dom-rtccertificate-expires
func (c Certificate) Expires() time.Time {
	if c.impl == nil {
		return time.Time{}
	}
	return c.impl.expires()
}

// GetFingerprints returns the certificate's fingerprints, as they appear in
// the a=fingerprint line of the SDP.
// https://www.w3.org/TR/webrtc/#dom-rtccertificate-getfingerprints
func (c Certificate) GetFingerprints() ([]DTLSFingerprint, error) {
	if c.impl == nil {
		return nil, newError(ErrInvalidState, "Certificate.GetFingerprints", "zero Certificate")
	}
	return c.impl.fingerprints()
}

// Equals reports whether c and other are the same certificate.
func (c Certificate) Equals(other Certificate) bool {
	if c.impl == nil || other.impl == nil {
		return c.impl == other.impl
	}
	return c.impl.equals(other.impl)
}
