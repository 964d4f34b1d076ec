//go:build !js

package signaling

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coder/websocket"
	"github.com/everyrtc/rtc"
)

// rawPeer is a bare WebSocket client of the hub, to send what a Peer never
// would.
type rawPeer struct {
	t    testing.TB
	conn *websocket.Conn
}

func dialRaw(t testing.TB, url string) *rawPeer {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(func() { _ = conn.CloseNow() })
	return &rawPeer{t: t, conn: conn}
}

// next reads the next message.
func (r *rawPeer) next() (*message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	_, data, err := r.conn.Read(ctx)
	if err != nil {
		return nil, err
	}
	return decodeMessage(data)
}

// expect reads the next message and fails unless it has type typ.
func (r *rawPeer) expect(typ string) *message {
	r.t.Helper()
	m, err := r.next()
	if err != nil {
		r.t.Fatalf("waiting for %q: %v", typ, err)
	}
	if m.Type != typ {
		r.t.Fatalf("got %+v, want a %q message", m, typ)
	}
	return m
}

// expectPaired reads joined-or-paired messages up to paired and checks the
// role.
func (r *rawPeer) expectPaired(polite bool) {
	r.t.Helper()
	m := r.expect(typePaired)
	if *m.Polite != polite {
		r.t.Fatalf("paired polite=%v, want %v", *m.Polite, polite)
	}
}

// expectClose reads the error message and the close the hub ends a
// connection with.
func (r *rawPeer) expectClose(code string, status websocket.StatusCode) {
	r.t.Helper()
	m := r.expect(typeError)
	if m.Code != code || m.Error == "" {
		r.t.Fatalf("error message %+v, want code %s and a message", m, code)
	}
	_, err := r.next()
	var ce websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != status || ce.Reason == "" {
		r.t.Fatalf("after the error message: %v, want a close with status %d and a reason", err, status)
	}
	r.t.Logf("closed with %d %q after %q", ce.Code, ce.Reason, m.Error)
}

func (r *rawPeer) write(typ websocket.MessageType, data string) {
	r.t.Helper()
	if err := r.conn.Write(context.Background(), typ, []byte(data)); err != nil {
		r.t.Fatalf("write: %v", err)
	}
}

func TestHubClosesMalformedPeer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		typ     websocket.MessageType
		data    string
		code    string
		status  websocket.StatusCode
		explain string // in the close reason
	}{
		{"not JSON", websocket.MessageText, "hello", CodeMalformedMessage, websocket.StatusInvalidFramePayloadData, "JSON"},
		{"JSON of another shape", websocket.MessageText, `["description"]`, CodeMalformedMessage, websocket.StatusInvalidFramePayloadData, "decode"},
		{"unknown type", websocket.MessageText, `{"type":"hello"}`, CodeMalformedMessage, websocket.StatusPolicyViolation, `"hello"`},
		{"no type", websocket.MessageText, `{"description":{"type":"offer","sdp":"v=0"}}`, CodeMalformedMessage, websocket.StatusPolicyViolation, "type"},
		{"description missing", websocket.MessageText, `{"type":"description"}`, CodeMalformedMessage, websocket.StatusPolicyViolation, "description"},
		{"rollback description", websocket.MessageText, `{"type":"description","description":{"type":"rollback","sdp":""}}`, CodeMalformedMessage, websocket.StatusPolicyViolation, "rollback"},
		{"unknown SDP type", websocket.MessageText, `{"type":"description","description":{"type":"bogus","sdp":"v=0"}}`, CodeMalformedMessage, websocket.StatusInvalidFramePayloadData, "bogus"},
		{"candidate missing", websocket.MessageText, `{"type":"candidate","candidate":null}`, CodeMalformedMessage, websocket.StatusPolicyViolation, "candidate"},
		{"hub message from a peer", websocket.MessageText, `{"type":"paired","polite":true}`, CodeMalformedMessage, websocket.StatusPolicyViolation, "paired"},
		{"binary", websocket.MessageBinary, `{"type":"candidate","candidate":{}}`, CodeMalformedMessage, websocket.StatusUnsupportedData, "binary"},
		{"too large", websocket.MessageText, `{"type":"candidate","candidate":{"candidate":"` + strings.Repeat("x", 2000) + `"}}`, CodeMessageTooLarge, websocket.StatusMessageTooBig, "1024"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, base := newHub(t, HubOptions{MaxMessageBytes: 1024})
			url := roomURL(base, "r")
			bad := dialRaw(t, url)
			bad.expect(typeJoined)
			stayed := dialRaw(t, url)
			stayed.expect(typeJoined)
			bad.expectPaired(false)
			stayed.expectPaired(true)

			bad.write(tc.typ, tc.data)
			m := bad.expect(typeError)
			if m.Code != tc.code || !strings.Contains(m.Error, tc.explain) {
				t.Fatalf("error message %+v, want code %s mentioning %q", m, tc.code, tc.explain)
			}
			_, err := bad.next()
			var ce websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != tc.status || !strings.Contains(ce.Reason, tc.explain) {
				t.Fatalf("after the error message: %v, want a close with status %d mentioning %q", err, tc.status, tc.explain)
			}
			stayed.expect(typeLeft)

			// The hub still serves the room: the peer that stayed is paired
			// again, impolite, with a newcomer.
			newcomer := dialRaw(t, url)
			newcomer.expect(typeJoined)
			newcomer.expectPaired(true)
			stayed.expectPaired(false)
			newcomer.write(websocket.MessageText, `{"type":"candidate","candidate":{"candidate":"","sdpMid":"0"}}`)
			if m := stayed.expect(typeCandidate); m.Candidate.SDPMid == nil || *m.Candidate.SDPMid != "0" {
				t.Fatalf("relayed candidate %+v", m.Candidate)
			}
		})
	}
}

func TestHubRelaysUnchanged(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	url := roomURL(base, "relay")
	a := dialRaw(t, url)
	joined := a.expect(typeJoined)
	if joined.MaxMessageBytes != 64<<10 {
		t.Fatalf("joined %+v, want maxMessageBytes 65536", joined)
	}
	b := dialRaw(t, url)
	b.expect(typeJoined)
	a.expectPaired(false)
	b.expectPaired(true)
	// Unknown fields are relayed as they are.
	sent := `{"type":"description","description":{"type":"offer","sdp":"v=0\r\n"},"extra":[1,2]}`
	a.write(websocket.MessageText, sent)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	_, got, err := b.conn.Read(ctx)
	if err != nil || string(got) != sent {
		t.Fatalf("relayed %q, %v; want %q", got, err, sent)
	}
	// A peer that leaves with a normal close: the other is told.
	if err := a.conn.Close(websocket.StatusNormalClosure, "bye"); err != nil {
		t.Fatal(err)
	}
	b.expect(typeLeft)
}

func TestHubRefusesRooms(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	for name, url := range map[string]string{
		"no room":       base,
		"empty room":    base + "?room=",
		"room too long": roomURL(base, strings.Repeat("r", maxRoomBytes+1)),
	} {
		t.Run(name, func(t *testing.T) {
			dialRaw(t, url).expectClose(CodeInvalidRoom, websocket.StatusPolicyViolation)
		})
	}
	t.Run("full", func(t *testing.T) {
		url := roomURL(base, "full")
		a := dialRaw(t, url)
		a.expect(typeJoined)
		b := dialRaw(t, url)
		b.expect(typeJoined)
		dialRaw(t, url).expectClose(CodeRoomFull, websocket.StatusPolicyViolation)
		// The pair is untouched.
		a.expectPaired(false)
		b.expectPaired(true)
	})
	t.Run("Join with a room too long", func(t *testing.T) {
		_, err := Join(t.Context(), roomURL(base, strings.Repeat("r", maxRoomBytes+1)), newPC(t))
		var he *HubError
		if !errors.Is(err, ErrInvalidRoom) || !errors.As(err, &he) {
			t.Fatalf("Join: %v, want a HubError matching ErrInvalidRoom", err)
		}
	})
}

func TestHubOriginPatterns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		patterns []string
		origin   string
		ok       bool
	}{
		{nil, "http://localhost:1234", true},
		{[]string{"example.com"}, "http://example.com", true},
		{[]string{"example.com"}, "http://evil.example", false},
	} {
		h := NewHub(HubOptions{OriginPatterns: tc.patterns})
		srv := httptest.NewServer(h)
		ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
		conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"?room=o",
			&websocket.DialOptions{HTTPHeader: http.Header{"Origin": {tc.origin}}})
		cancel()
		if (err == nil) != tc.ok {
			t.Errorf("patterns %v, origin %s: %v (response %v)", tc.patterns, tc.origin, err, resp)
		}
		if conn != nil {
			_ = conn.CloseNow()
		}
		_ = h.Close()
		srv.Close()
	}
}

func TestJoinErrors(t *testing.T) {
	t.Parallel()
	pc := newPC(t)
	notHub := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(notHub.Close)
	notHubURL := "ws" + strings.TrimPrefix(notHub.URL, "http") + "?room=x"
	for _, tc := range []struct {
		name string
		url  string
		pc   *rtc.PeerConnection
		want error
	}{
		{"nil PeerConnection", "ws://127.0.0.1:1/?room=x", nil, rtc.ErrInvalidArgument},
		{"http scheme", "http://127.0.0.1:1/?room=x", pc, ErrInvalidURL},
		{"unparsable", "ws://[::1", pc, ErrInvalidURL},
		{"no room", "ws://127.0.0.1:1/signal", pc, ErrInvalidRoom},
		{"not a hub", notHubURL, pc, ErrHubGone},
	} {
		p, err := Join(t.Context(), tc.url, tc.pc)
		if p != nil || !errors.Is(err, tc.want) {
			t.Errorf("%s: Join = %v, %v; want an error matching %v", tc.name, p, err, tc.want)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Join(ctx, notHubURL, pc); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled context: %v", err)
	}
}

// fakeHub serves a WebSocket that sends script, then waits for the client
// to close.
func fakeHub(t testing.TB, script ...string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer conn.CloseNow()
		for _, m := range script {
			if err := conn.Write(r.Context(), websocket.MessageText, []byte(m)); err != nil {
				return
			}
		}
		for {
			if _, _, err := conn.Read(r.Context()); err != nil {
				return
			}
		}
	}))
	t.Cleanup(srv.Close)
	return "ws" + strings.TrimPrefix(srv.URL, "http") + "?room=fake"
}

func TestClientRejectsMalformedHubMessages(t *testing.T) {
	t.Parallel()
	joined := `{"type":"joined"}`
	for _, tc := range []struct {
		name   string
		script []string
		reason string
	}{
		{"not JSON", []string{joined, "garbage"}, "JSON"},
		{"unknown type", []string{joined, `{"type":"welcome"}`}, `"welcome"`},
		{"paired without role", []string{joined, `{"type":"paired"}`}, "polite"},
		{"description before paired", []string{joined, `{"type":"description","description":{"type":"offer","sdp":"v=0"}}`}, "before paired"},
		{"paired twice", []string{joined, `{"type":"paired","polite":true}`, `{"type":"paired","polite":true}`}, "twice"},
		{"joined twice", []string{joined, joined}, "joined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := joinT(t, fakeHub(t, tc.script...), newPC(t), nil)
			err := waitDone(t, p, "the end of the session")
			var pe *ProtocolError
			if !errors.As(err, &pe) || !strings.Contains(pe.Error(), tc.reason) {
				t.Fatalf("Err %v, want a ProtocolError mentioning %q", err, tc.reason)
			}
		})
	}
	t.Run("first message not joined", func(t *testing.T) {
		t.Parallel()
		_, err := Join(t.Context(), fakeHub(t, `{"type":"left"}`), newPC(t))
		var pe *ProtocolError
		if !errors.As(err, &pe) {
			t.Fatalf("Join: %v, want a ProtocolError", err)
		}
	})
	t.Run("unknown error code", func(t *testing.T) {
		t.Parallel()
		_, err := Join(t.Context(), fakeHub(t, `{"type":"error","code":"maintenance","error":"come back later"}`), newPC(t))
		var he *HubError
		if !errors.As(err, &he) || he.Code != "maintenance" || !strings.Contains(err.Error(), "come back later") {
			t.Fatalf("Join: %v, want a HubError", err)
		}
	})
	t.Run("bad answer", func(t *testing.T) {
		t.Parallel()
		script := []string{joined, `{"type":"paired","polite":true}`,
			`{"type":"description","description":{"type":"answer","sdp":"v=0\r\n"}}`}
		p := joinT(t, fakeHub(t, script...), newPC(t), nil)
		err := waitDone(t, p, "the end of the session")
		var ne *NegotiationError
		if !errors.As(err, &ne) || !errors.Is(err, rtc.ErrInvalidState) {
			t.Fatalf("Err %v, want a NegotiationError matching rtc.ErrInvalidState", err)
		}
	})
}

func TestWireFormat(t *testing.T) {
	t.Parallel()
	mid, index, ufrag := "0", uint16(1), "abcd"
	polite, impolite := true, false
	for _, tc := range []struct {
		m    message
		want string
	}{
		{message{Type: typeDescription, Description: &rtc.SessionDescription{Type: rtc.SDPTypeOffer, SDP: "v=0\r\n"}},
			`{"type":"description","description":{"type":"offer","sdp":"v=0\r\n"}}`},
		{message{Type: typeDescription, Description: &rtc.SessionDescription{Type: rtc.SDPTypePranswer, SDP: "v=0"}},
			`{"type":"description","description":{"type":"pranswer","sdp":"v=0"}}`},
		{message{Type: typeCandidate, Candidate: &rtc.ICECandidateInit{Candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host", SDPMid: &mid, SDPMLineIndex: &index, UsernameFragment: &ufrag}},
			`{"type":"candidate","candidate":{"candidate":"candidate:1 1 udp 1 127.0.0.1 5000 typ host","sdpMid":"0","sdpMLineIndex":1,"usernameFragment":"abcd"}}`},
		{message{Type: typeCandidate, Candidate: &rtc.ICECandidateInit{Candidate: "candidate:x"}},
			`{"type":"candidate","candidate":{"candidate":"candidate:x","sdpMid":null,"sdpMLineIndex":null,"usernameFragment":null}}`},
		{message{Type: typeJoined, MaxMessageBytes: 65536}, `{"type":"joined","maxMessageBytes":65536}`},
		{message{Type: typePaired, Polite: &polite}, `{"type":"paired","polite":true}`},
		{message{Type: typePaired, Polite: &impolite}, `{"type":"paired","polite":false}`},
		{message{Type: typeLeft}, `{"type":"left"}`},
		{message{Type: typeError, Code: CodeRoomFull, Error: `room "demo" is full`}, `{"type":"error","code":"room-full","error":"room \"demo\" is full"}`},
	} {
		b, err := encodeMessage(&tc.m)
		if err != nil || string(b) != tc.want {
			t.Errorf("encode %+v = %s, %v; want %s", tc.m, b, err, tc.want)
			continue
		}
		back, err := decodeMessage(b)
		if err != nil {
			t.Errorf("decode %s: %v", b, err)
			continue
		}
		again, _ := json.Marshal(back)
		if string(again) != tc.want {
			t.Errorf("round trip of %s gives %s", tc.want, again)
		}
	}
}
