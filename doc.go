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
// at a time, on a goroutine the package owns, started with the object's first
// event and ended by its Close (a data channel's, after its close event). A
// handler may call any method, including blocking ones
// such as CreateOffer or GetStats. Setting a handler replaces the previous
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
// In the browser these calls fail with an error wrapping ErrNotSupported,
// because the browser does not expose what they need: WriteRTCP,
// RTPSender.ReadRTCP, TrackRemote.ReadRTP and Read (media is decoded by the
// browser), NewTrackLocalStaticSample and NewTrackLocalStaticRTP, Detach and
// DetachWithDeadline, SetIdentityProvider (on both targets). GenerateCertificate
// uses RTCPeerConnection.generateCertificate and only the algorithm of the
// key it is given.
package rtc
