//go:build !js

package rtc

import (
	"sync"

	"github.com/pion/interceptor"
	"github.com/pion/webrtc/v4"
)

// apiBackend holds the pion engines an API was given and the pion API built
// from them on first use.
type apiBackend struct {
	settingEngine *webrtc.SettingEngine
	mediaEngine   *webrtc.MediaEngine
	registry      *interceptor.Registry

	once sync.Once
	api  *webrtc.API
	err  error
}

// WithSettingEngine makes the API's PeerConnections use pion's SettingEngine
// s: ICE timeouts, network types, port ranges, UDP muxing, SCTP buffer
// sizes, and so on. Native only. DisableCloseByDTLS is always set, so that a
// remote close is seen as in the browser. Unless s sets one, the SCTP
// congestion window never shrinks below 32 KiB (SetSCTPMinCwnd; pion has no
// floor), which keeps data channels to Chromium as fast as those from it;
// SetSCTPMinCwnd(1) restores pion's behaviour.
func WithSettingEngine(s webrtc.SettingEngine) func(*API) {
	return func(a *API) { a.b.settingEngine = &s }
}

// WithMediaEngine makes the API's PeerConnections negotiate the codecs and
// header extensions registered in m instead of pion's defaults. Native only.
func WithMediaEngine(m *webrtc.MediaEngine) func(*API) {
	return func(a *API) { a.b.mediaEngine = m }
}

// WithInterceptorRegistry makes the API's PeerConnections run the
// interceptors of r (NACK, RTCP reports, TWCC, ...) instead of pion's
// defaults. Native only.
func WithInterceptorRegistry(r *interceptor.Registry) func(*API) {
	return func(a *API) { a.b.registry = r }
}

// pion returns the pion API, filling in pion's default codecs and
// interceptors where the options gave none, as webrtc.NewPeerConnection does.
func (a *API) pion() (*webrtc.API, error) {
	b := &a.b
	b.once.Do(func() {
		m := b.mediaEngine
		if m == nil {
			m = &webrtc.MediaEngine{}
			if b.err = m.RegisterDefaultCodecs(); b.err != nil {
				return
			}
		}
		r := b.registry
		if r == nil {
			r = &interceptor.Registry{}
			if b.err = webrtc.RegisterDefaultInterceptors(m, r); b.err != nil {
				return
			}
		}
		var s webrtc.SettingEngine
		if b.settingEngine != nil {
			s = *b.settingEngine
		}
		// As in the browser, the remote peer closing DTLS does not close
		// this connection: ICE notices the peer is gone (disconnected, then
		// failed), and only a local Close makes the state "closed".
		s.DisableCloseByDTLS(true)
		applySCTPDefaults(&s)
		opts := []func(*webrtc.API){webrtc.WithMediaEngine(m), webrtc.WithInterceptorRegistry(r),
			webrtc.WithSettingEngine(s)}
		b.api = webrtc.NewAPI(opts...)
	})
	return b.api, mapPionError("NewAPI", b.err)
}
