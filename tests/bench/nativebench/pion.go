//go:build !js

package nativebench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/pion/interceptor"
	"github.com/pion/webrtc/v4"
)

// newPion is the implementation through raw pion, built as everyrtc's
// native backend builds its pion API: the same SettingEngine with
// DisableCloseByDTLS, pion's default codecs and interceptors.
func newPion() (*implementation, error) {
	s := loopbackSettingEngine()
	s.DisableCloseByDTLS(true)
	m := &webrtc.MediaEngine{}
	if err := m.RegisterDefaultCodecs(); err != nil {
		return nil, err
	}
	r := &interceptor.Registry{}
	if err := webrtc.RegisterDefaultInterceptors(m, r); err != nil {
		return nil, err
	}
	api := webrtc.NewAPI(webrtc.WithMediaEngine(m), webrtc.WithInterceptorRegistry(r), webrtc.WithSettingEngine(s))
	return &implementation{
		name: "raw pion",
		connect: func(ctx context.Context, rx *receiver) (*channelPair, time.Duration, error) {
			return pionConnect(ctx, api, rx)
		},
		firstFrame: func(ctx context.Context) (time.Duration, error) { return pionFirstFrame(ctx, api) },
	}, nil
}

// pionPeers makes two PeerConnections; close closes both.
func pionPeers(api *webrtc.API) (a, b *webrtc.PeerConnection, closeBoth func(), err error) {
	if a, err = api.NewPeerConnection(webrtc.Configuration{}); err != nil {
		return nil, nil, nil, err
	}
	if b, err = api.NewPeerConnection(webrtc.Configuration{}); err != nil {
		_ = a.Close()
		return nil, nil, nil, err
	}
	return a, b, func() { _ = a.Close(); _ = b.Close() }, nil
}

func pionConnect(ctx context.Context, api *webrtc.API, rx *receiver) (*channelPair, time.Duration, error) {
	a, b, closeBoth, err := pionPeers(api)
	if err != nil {
		return nil, 0, err
	}
	fail := func(err error) (*channelPair, time.Duration, error) { closeBoth(); return nil, 0, err }
	local, err := a.CreateDataChannel("bench", nil)
	if err != nil {
		return fail(err)
	}
	c := &channelPair{send: local.Send, bufferedAmount: local.BufferedAmount, low: make(chan struct{}, 1), close: closeBoth}
	local.SetBufferedAmountLowThreshold(lowWater)
	local.OnBufferedAmountLow(func() { signal(c.low) })
	localOpen := make(chan struct{}, 1)
	local.OnOpen(func() { signal(localOpen) })
	remoteOpen := make(chan struct{}, 1)
	b.OnDataChannel(func(d *webrtc.DataChannel) {
		d.OnMessage(func(m webrtc.DataChannelMessage) { rx.onMessage(m.Data) })
		d.OnOpen(func() { signal(remoteOpen) })
	})

	start := time.Now()
	if err := pionNegotiate(ctx, a, b); err != nil {
		return fail(err)
	}
	if _, err := await(ctx, localOpen, "local channel open"); err != nil {
		return fail(err)
	}
	if _, err := await(ctx, remoteOpen, "remote channel open"); err != nil {
		return fail(err)
	}
	return c, time.Since(start), nil
}

// pionNegotiate runs offer and answer from a to b, each description sent
// once its side has gathered every candidate.
func pionNegotiate(ctx context.Context, a, b *webrtc.PeerConnection) error {
	offer, err := a.CreateOffer(nil)
	if err != nil {
		return err
	}
	if offer, err = pionSetLocal(ctx, a, offer); err != nil {
		return err
	}
	if err := b.SetRemoteDescription(offer); err != nil {
		return err
	}
	answer, err := b.CreateAnswer(nil)
	if err != nil {
		return err
	}
	if answer, err = pionSetLocal(ctx, b, answer); err != nil {
		return err
	}
	return a.SetRemoteDescription(answer)
}

// pionSetLocal applies d and returns the local description once gathering
// is complete, seen as everyrtc sees it: the end-of-candidates callback.
func pionSetLocal(ctx context.Context, pc *webrtc.PeerConnection, d webrtc.SessionDescription) (webrtc.SessionDescription, error) {
	complete := make(chan struct{}, 1)
	pc.OnICECandidate(func(c *webrtc.ICECandidate) {
		if c == nil {
			signal(complete)
		}
	})
	if err := pc.SetLocalDescription(d); err != nil {
		return webrtc.SessionDescription{}, err
	}
	if _, err := await(ctx, complete, "gathering"); err != nil {
		return webrtc.SessionDescription{}, err
	}
	return *pc.LocalDescription(), nil
}

func pionFirstFrame(ctx context.Context, api *webrtc.API) (time.Duration, error) {
	a, b, closeBoth, err := pionPeers(api)
	if err != nil {
		return 0, err
	}
	defer closeBoth()
	track, err := webrtc.NewTrackLocalStaticSample(webrtc.RTPCodecCapability{MimeType: webrtc.MimeTypeVP8, ClockRate: 90000}, "video", "bench")
	if err != nil {
		return 0, err
	}
	if _, err := a.AddTrack(track); err != nil {
		return 0, err
	}
	got := make(chan error, 1)
	b.OnTrack(func(t *webrtc.TrackRemote, _ *webrtc.RTPReceiver) {
		got <- readFirstFrame(t.ReadRTP)
	})
	stop := writeFrames(track.WriteSample)
	defer stop()
	start := time.Now()
	if err := pionNegotiate(ctx, a, b); err != nil {
		return 0, err
	}
	if err, werr := await(ctx, got, "the first frame"); werr != nil || err != nil {
		return 0, fmt.Errorf("first frame: %w", errors.Join(werr, err))
	}
	return time.Since(start), nil
}
