//go:build !js

package nativebench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/everyrtc/rtc"
)

// newEveryrtc is the implementation through everyrtc's native backend.
func newEveryrtc() (*implementation, error) {
	api := rtc.NewAPI(rtc.WithSettingEngine(loopbackSettingEngine()))
	return &implementation{
		name: "everyrtc",
		connect: func(ctx context.Context, rx *receiver) (*channelPair, time.Duration, error) {
			return everyrtcConnect(ctx, api, rx)
		},
		firstFrame: func(ctx context.Context) (time.Duration, error) { return everyrtcFirstFrame(ctx, api) },
	}, nil
}

// everyrtcPeers makes two PeerConnections; close closes both.
func everyrtcPeers(api *rtc.API) (a, b *rtc.PeerConnection, closeBoth func(), err error) {
	if a, err = api.NewPeerConnection(rtc.Configuration{}); err != nil {
		return nil, nil, nil, err
	}
	if b, err = api.NewPeerConnection(rtc.Configuration{}); err != nil {
		_ = a.Close()
		return nil, nil, nil, err
	}
	return a, b, func() { _ = a.Close(); _ = b.Close() }, nil
}

func everyrtcConnect(ctx context.Context, api *rtc.API, rx *receiver) (*channelPair, time.Duration, error) {
	a, b, closeBoth, err := everyrtcPeers(api)
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
	b.OnDataChannel(func(d *rtc.DataChannel) {
		// everyrtc announces a remote channel already open.
		d.OnMessage(func(m rtc.DataChannelMessage) { rx.onMessage(m.Data) })
		signal(remoteOpen)
	})

	start := time.Now()
	if err := everyrtcNegotiate(ctx, a, b); err != nil {
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

// everyrtcNegotiate runs offer and answer from a to b, each description
// sent once its side has gathered every candidate.
func everyrtcNegotiate(ctx context.Context, a, b *rtc.PeerConnection) error {
	offer, err := a.CreateOffer(nil)
	if err != nil {
		return err
	}
	if offer, err = everyrtcSetLocal(ctx, a, offer); err != nil {
		return err
	}
	if err := b.SetRemoteDescription(offer); err != nil {
		return err
	}
	answer, err := b.CreateAnswer(nil)
	if err != nil {
		return err
	}
	if answer, err = everyrtcSetLocal(ctx, b, answer); err != nil {
		return err
	}
	return a.SetRemoteDescription(answer)
}

// everyrtcSetLocal applies d and returns the local description once
// gathering is complete.
func everyrtcSetLocal(ctx context.Context, pc *rtc.PeerConnection, d rtc.SessionDescription) (rtc.SessionDescription, error) {
	complete := make(chan struct{}, 1)
	pc.OnICECandidate(func(c *rtc.ICECandidate) {
		if c == nil {
			signal(complete)
		}
	})
	if err := pc.SetLocalDescription(d); err != nil {
		return rtc.SessionDescription{}, err
	}
	if _, err := await(ctx, complete, "gathering"); err != nil {
		return rtc.SessionDescription{}, err
	}
	return *pc.LocalDescription(), nil
}

func everyrtcFirstFrame(ctx context.Context, api *rtc.API) (time.Duration, error) {
	a, b, closeBoth, err := everyrtcPeers(api)
	if err != nil {
		return 0, err
	}
	defer closeBoth()
	track, err := rtc.NewTrackLocalStaticSample(rtc.RTPCodecCapability{MimeType: rtc.MimeTypeVP8, ClockRate: 90000}, "video", "bench")
	if err != nil {
		return 0, err
	}
	if _, err := a.AddTrack(track); err != nil {
		return 0, err
	}
	got := make(chan error, 1)
	b.OnTrack(func(t *rtc.TrackRemote, _ *rtc.RTPReceiver) {
		// Handlers may block: read right here, as pion's examples do.
		got <- readFirstFrame(t.ReadRTP)
	})
	stop := writeFrames(track.WriteSample)
	defer stop()
	start := time.Now()
	if err := everyrtcNegotiate(ctx, a, b); err != nil {
		return 0, err
	}
	if err, werr := await(ctx, got, "the first frame"); werr != nil || err != nil {
		return 0, fmt.Errorf("first frame: %w", errors.Join(werr, err))
	}
	return time.Since(start), nil
}
