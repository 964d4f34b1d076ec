// Package rtc is one Go WebRTC API that runs natively on servers and in the
// browser. Natively it is backed by github.com/pion/webrtc/v4; built with
// GOOS=js GOARCH=wasm it drives the browser's own RTCPeerConnection. The
// types, methods, events and errors are the same on both, so a server and
// its browser client are written once, in Go.
//
// Names and signatures follow pion's PeerConnection and DataChannel, so
// moving from pion is an import change, and the semantics follow the W3C
// WebRTC specification (https://www.w3.org/TR/webrtc/): where pion and the
// browser disagree, this package behaves like the browser.
//
// # Events
//
// Each PeerConnection and each DataChannel delivers its events in order, one
// at a time, on a goroutine the package owns, started when an event is due
// and ended by the object's Close (a data channel's, after its close event)
// or, natively, after half a second without events, so that an idle
// connection holds no goroutine of the package. A handler may call any
// method, including blocking ones such as CreateOffer or GetStats. Setting a handler replaces the previous
// one. The handler is looked up when the event is delivered, and a remote
// DataChannel delivers nothing until the OnDataChannel handler has returned,
// so handlers set there see the channel's first message. Close releases every
// handler of the connection and its channels; none is called after it.
//
// # Errors
//
// Every error matches, with errors.Is, one sentinel named after the W3C
// DOMException the browser would throw: ErrInvalidState, ErrInvalidModification,
// ErrInvalidAccess, ErrSyntax, ErrOperation, ErrType (ErrInvalidArgument),
// ErrClosed (which is also ErrInvalidState) and ErrNotSupported (which is also
// errors.ErrUnsupported). Messages start with "rtc: " and name the method.
// No input makes a method panic.
//
// # Native only
//
// A server reaches pion's SettingEngine, MediaEngine and interceptors through
// NewAPI with WithSettingEngine, WithMediaEngine and WithInterceptorRegistry;
// any pion TrackLocal is sent through WrapTrackLocal; the pion objects behind
// the package's ones are returned by their Pion methods; CertificateFromPion
// wraps a pion certificate. These symbols do not exist in the browser build.
//
// Natively OnTrack fires when the track's first RTP packet arrives (so that
// its codec and SSRC are known), not during SetRemoteDescription as in the
// browser.
//
// # WebAssembly
//
// Built with GOOS=js GOARCH=wasm, the package drives globalThis.RTCPeerConnection
// through syscall/js; a page needs only the toolchain's wasm_exec.js (the
// JavaScript the bridge needs is embedded and installed on first use). Events
// are queued from the browser's event loop and delivered on the package's
// goroutines, so handlers may block and await. A data channel's events reach
// Go in batches: a burst of messages costs a few calls into Go, not one per
// message.
//
// Media comes from MediaStreamTracks: NewTrackLocalJS wraps any track,
// UserMedia asks for the camera and microphone, and SyntheticVideoTrack
// (a canvas) and SyntheticAudioTrack (an oscillator) make test sources;
// TrackRemote.JSValue gives the remote MediaStreamTrack to play. The browser
// names tracks and streams itself: a local track's ID and StreamID are the
// browser's ids, and a transceiver made before its track is added sends under
// the transceiver's own ids.
//
// These calls fail with an error wrapping ErrNotSupported, because the
// browser does not expose what they need: WriteRTCP, RTPSender.ReadRTCP,
// TrackRemote.ReadRTP, Read and SetReadDeadline (media is decoded by the
// browser), NewTrackLocalStaticSample and NewTrackLocalStaticRTP, Detach and
// DetachWithDeadline, SetIdentityProvider (on both targets). GenerateCertificate
// uses RTCPeerConnection.generateCertificate with only the algorithm and size
// of the key it is given; the browser keeps its own key, and Chrome makes
// ECDSA certificates on P-256 only (other curves fail with ErrNotSupported).
//
// Other differences: API options (codecs, interceptors, network settings)
// are the browser's own; RTPSender.GetParameters reads encoding SSRCs from
// the sender's statistics; a data channel's ReadyState is closed as soon as
// its PeerConnection is; DataChannel.GracefulClose waits at most 5 seconds
// for the close event. Chrome does not offer a data channel again after the
// first offer that carried one was rolled back (SetLocalDescription with
// SDPTypeRollback); roll back offers before the first channel is created, or
// renegotiate on a new connection.
package rtc
