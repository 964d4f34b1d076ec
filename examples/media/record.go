//go:build !js

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/internal/serve"
	"github.com/pion/rtcp"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4/pkg/media/ivfwriter"
	"github.com/pion/webrtc/v4/pkg/media/oggwriter"
)

// recorder is the server's side of the example: one native peer per page
// that records the page's video (VP8, to an IVF file) and audio (Opus, to
// an Ogg file) and sends both back.
type recorder struct {
	dir   string
	pages atomic.Int64
	// packets counts the RTP packets recorded, by kind.
	video, audio atomic.Int64
}

// rtpWriter is what ivfwriter and oggwriter have in common.
type rtpWriter interface {
	WriteRTP(*rtp.Packet) error
	io.Closer
}

func (r *recorder) serve(ctx context.Context, url string) error {
	page := r.pages.Add(1)
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	pc.OnTrack(func(remote *rtc.TrackRemote, _ *rtc.RTPReceiver) {
		go func() { // handlers run in order on one goroutine: do not hold it
			if err := r.echo(pc, remote, page); err != nil {
				log.Printf("page %d: %s track: %v", page, remote.Kind(), err)
			}
		}()
	})
	return serve.Peer(ctx, url, pc)
}

// echo records remote and sends its packets back on a new track of the
// same codec; adding that track renegotiates the connection.
func (r *recorder) echo(pc *rtc.PeerConnection, remote *rtc.TrackRemote, page int64) error {
	codec := remote.Codec()
	var w rtpWriter
	var err error
	var count *atomic.Int64
	path := filepath.Join(r.dir, fmt.Sprintf("page%d-%s", page, remote.Kind()))
	switch {
	case strings.EqualFold(codec.MimeType, rtc.MimeTypeVP8):
		w, err = ivfwriter.New(path + ".ivf")
		count = &r.video
	case strings.EqualFold(codec.MimeType, rtc.MimeTypeOpus):
		w, err = oggwriter.New(path+".ogg", 48000, 2)
		count = &r.audio
	default:
		return fmt.Errorf("codec %s is neither VP8 nor Opus", codec.MimeType)
	}
	if err != nil {
		return err
	}
	defer w.Close()
	back, err := rtc.NewTrackLocalStaticRTP(codec.RTPCodecCapability, "echo-"+remote.ID(), "echo")
	if err != nil {
		return err
	}
	if _, err := pc.AddTrack(back); err != nil {
		return err
	}
	if remote.Kind() == rtc.RTPCodecTypeVideo {
		done := make(chan struct{})
		defer close(done)
		go askForKeyFrames(pc, remote, done)
	}
	log.Printf("page %d: recording %s to %s and sending it back", page, codec.MimeType, path)
	for {
		p, _, err := remote.ReadRTP()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		count.Add(1)
		if err := w.WriteRTP(p); err != nil {
			return err
		}
		if err := back.WriteRTP(p); err != nil && !errors.Is(err, io.ErrClosedPipe) {
			return err
		}
	}
}

// askForKeyFrames asks the page for a key frame every second until done:
// the page's decoder of the echoed video can start only at one, and the
// server does not relay the page's own requests for them.
func askForKeyFrames(pc *rtc.PeerConnection, remote *rtc.TrackRemote, done <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			_ = pc.WriteRTCP([]rtcp.Packet{&rtcp.PictureLossIndication{MediaSSRC: uint32(remote.SSRC())}})
		}
	}
}
