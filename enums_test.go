package rtc

import (
	"encoding/json"
	"errors"
	"testing"
)

// enumCase is one value of an enum and its expected string.
type enumCase[T any] struct {
	v T
	s string
}

type enumType interface {
	~int32
	String() string
	MarshalText() ([]byte, error)
}

type enumPtr[T any] interface {
	*T
	UnmarshalText([]byte) error
}

// checkEnum tests every value of an enum: cases must list them all, in
// order of value starting at 0.
func checkEnum[T enumType, P enumPtr[T]](t *testing.T, name string, cases []enumCase[T]) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		for i, c := range cases {
			if c.v != T(i) {
				t.Errorf("%s: case %d (%q) has value %d", name, i, c.s, c.v)
			}
			if got := c.v.String(); got != c.s {
				t.Errorf("%s(%d).String() = %q, want %q", name, c.v, got, c.s)
			}
			var u T
			if err := P(&u).UnmarshalText([]byte(c.v.String())); err != nil || u != c.v {
				t.Errorf("%s: UnmarshalText(%q) = %d, %v; want %d", name, c.s, u, err, c.v)
			}
			type wrap struct {
				F T `json:"f"`
			}
			b, err := json.Marshal(wrap{F: c.v})
			if want := `{"f":"` + c.s + `"}`; err != nil || string(b) != want {
				t.Errorf("%s: json.Marshal = %s, %v; want %s", name, b, err, want)
			}
			var w wrap
			if err := json.Unmarshal(b, &w); err != nil || w.F != c.v {
				t.Errorf("%s: json.Unmarshal(%s) = %d, %v; want %d", name, b, w.F, err, c.v)
			}
		}
		for _, bad := range []T{T(len(cases)), -1} {
			if got := bad.String(); got != "unknown" {
				t.Errorf("%s(%d).String() = %q, want \"unknown\"", name, bad, got)
			}
		}
		for _, s := range []string{"", "bogus", "Unknown!", cases[len(cases)-1].s + " "} {
			u := cases[len(cases)-1].v
			err := P(&u).UnmarshalText([]byte(s))
			if !errors.Is(err, ErrType) {
				t.Errorf("%s: UnmarshalText(%q) error = %v, want ErrType", name, s, err)
			}
			if u != cases[len(cases)-1].v {
				t.Errorf("%s: failed UnmarshalText(%q) changed the value to %d", name, s, u)
			}
		}
		type wrap struct {
			F T `json:"f"`
		}
		var w wrap
		if err := json.Unmarshal([]byte(`{"f":"bogus"}`), &w); !errors.Is(err, ErrType) {
			t.Errorf("%s: json.Unmarshal of an unknown string: error = %v, want ErrType", name, err)
		}
	})
}

func TestEnums(t *testing.T) {
	checkEnum(t, "SignalingState", []enumCase[SignalingState]{
		{SignalingStateUnknown, "unknown"},
		{SignalingStateStable, "stable"},
		{SignalingStateHaveLocalOffer, "have-local-offer"},
		{SignalingStateHaveRemoteOffer, "have-remote-offer"},
		{SignalingStateHaveLocalPranswer, "have-local-pranswer"},
		{SignalingStateHaveRemotePranswer, "have-remote-pranswer"},
		{SignalingStateClosed, "closed"},
	})
	checkEnum(t, "ICEGatheringState", []enumCase[ICEGatheringState]{
		{ICEGatheringStateUnknown, "unknown"},
		{ICEGatheringStateNew, "new"},
		{ICEGatheringStateGathering, "gathering"},
		{ICEGatheringStateComplete, "complete"},
	})
	checkEnum(t, "ICEConnectionState", []enumCase[ICEConnectionState]{
		{ICEConnectionStateUnknown, "unknown"},
		{ICEConnectionStateNew, "new"},
		{ICEConnectionStateChecking, "checking"},
		{ICEConnectionStateConnected, "connected"},
		{ICEConnectionStateCompleted, "completed"},
		{ICEConnectionStateDisconnected, "disconnected"},
		{ICEConnectionStateFailed, "failed"},
		{ICEConnectionStateClosed, "closed"},
	})
	checkEnum(t, "PeerConnectionState", []enumCase[PeerConnectionState]{
		{PeerConnectionStateUnknown, "unknown"},
		{PeerConnectionStateNew, "new"},
		{PeerConnectionStateConnecting, "connecting"},
		{PeerConnectionStateConnected, "connected"},
		{PeerConnectionStateDisconnected, "disconnected"},
		{PeerConnectionStateFailed, "failed"},
		{PeerConnectionStateClosed, "closed"},
	})
	checkEnum(t, "DataChannelState", []enumCase[DataChannelState]{
		{DataChannelStateUnknown, "unknown"},
		{DataChannelStateConnecting, "connecting"},
		{DataChannelStateOpen, "open"},
		{DataChannelStateClosing, "closing"},
		{DataChannelStateClosed, "closed"},
	})
	checkEnum(t, "SDPType", []enumCase[SDPType]{
		{SDPTypeUnknown, "unknown"},
		{SDPTypeOffer, "offer"},
		{SDPTypePranswer, "pranswer"},
		{SDPTypeAnswer, "answer"},
		{SDPTypeRollback, "rollback"},
	})
	checkEnum(t, "RTPCodecType", []enumCase[RTPCodecType]{
		{RTPCodecTypeUnknown, "unknown"},
		{RTPCodecTypeAudio, "audio"},
		{RTPCodecTypeVideo, "video"},
	})
	checkEnum(t, "RTPTransceiverDirection", []enumCase[RTPTransceiverDirection]{
		{RTPTransceiverDirectionUnknown, "unknown"},
		{RTPTransceiverDirectionSendrecv, "sendrecv"},
		{RTPTransceiverDirectionSendonly, "sendonly"},
		{RTPTransceiverDirectionRecvonly, "recvonly"},
		{RTPTransceiverDirectionInactive, "inactive"},
	})
	checkEnum(t, "ICECandidateType", []enumCase[ICECandidateType]{
		{ICECandidateTypeUnknown, "unknown"},
		{ICECandidateTypeHost, "host"},
		{ICECandidateTypeSrflx, "srflx"},
		{ICECandidateTypePrflx, "prflx"},
		{ICECandidateTypeRelay, "relay"},
	})
	checkEnum(t, "ICEProtocol", []enumCase[ICEProtocol]{
		{ICEProtocolUnknown, "unknown"},
		{ICEProtocolUDP, "udp"},
		{ICEProtocolTCP, "tcp"},
	})
	checkEnum(t, "ICEComponent", []enumCase[ICEComponent]{
		{ICEComponentUnknown, "unknown"},
		{ICEComponentRTP, "rtp"},
		{ICEComponentRTCP, "rtcp"},
	})
	checkEnum(t, "ICETransportPolicy", []enumCase[ICETransportPolicy]{
		{ICETransportPolicyAll, "all"},
		{ICETransportPolicyRelay, "relay"},
		{ICETransportPolicyNoHost, "nohost"},
	})
	checkEnum(t, "BundlePolicy", []enumCase[BundlePolicy]{
		{BundlePolicyUnknown, "unknown"},
		{BundlePolicyBalanced, "balanced"},
		{BundlePolicyMaxCompat, "max-compat"},
		{BundlePolicyMaxBundle, "max-bundle"},
	})
	checkEnum(t, "RTCPMuxPolicy", []enumCase[RTCPMuxPolicy]{
		{RTCPMuxPolicyUnknown, "unknown"},
		{RTCPMuxPolicyNegotiate, "negotiate"},
		{RTCPMuxPolicyRequire, "require"},
	})
	checkEnum(t, "ICECredentialType", []enumCase[ICECredentialType]{
		{ICECredentialTypePassword, "password"},
		{ICECredentialTypeOauth, "oauth"},
	})
	checkEnum(t, "ICETrickleCapability", []enumCase[ICETrickleCapability]{
		{ICETrickleCapabilityUnknown, "unknown"},
		{ICETrickleCapabilitySupported, "supported"},
		{ICETrickleCapabilityUnsupported, "unsupported"},
	})
	checkEnum(t, "SCTPTransportState", []enumCase[SCTPTransportState]{
		{SCTPTransportStateUnknown, "unknown"},
		{SCTPTransportStateConnecting, "connecting"},
		{SCTPTransportStateConnected, "connected"},
		{SCTPTransportStateClosed, "closed"},
	})
	checkEnum(t, "DTLSTransportState", []enumCase[DTLSTransportState]{
		{DTLSTransportStateUnknown, "unknown"},
		{DTLSTransportStateNew, "new"},
		{DTLSTransportStateConnecting, "connecting"},
		{DTLSTransportStateConnected, "connected"},
		{DTLSTransportStateClosed, "closed"},
		{DTLSTransportStateFailed, "failed"},
	})
	checkEnum(t, "ICETransportState", []enumCase[ICETransportState]{
		{ICETransportStateUnknown, "unknown"},
		{ICETransportStateNew, "new"},
		{ICETransportStateChecking, "checking"},
		{ICETransportStateConnected, "connected"},
		{ICETransportStateCompleted, "completed"},
		{ICETransportStateFailed, "failed"},
		{ICETransportStateDisconnected, "disconnected"},
		{ICETransportStateClosed, "closed"},
	})
	checkEnum(t, "SDPSemantics", []enumCase[SDPSemantics]{
		{SDPSemanticsUnifiedPlan, "unified-plan"},
		{SDPSemanticsPlanB, "plan-b"},
		{SDPSemanticsUnifiedPlanWithFallback, "unified-plan-with-fallback"},
	})
	checkEnum(t, "DTLSRole", []enumCase[DTLSRole]{
		{DTLSRoleUnknown, "unknown"},
		{DTLSRoleAuto, "auto"},
		{DTLSRoleClient, "client"},
		{DTLSRoleServer, "server"},
	})
	checkEnum(t, "ICERole", []enumCase[ICERole]{
		{ICERoleUnknown, "unknown"},
		{ICERoleControlling, "controlling"},
		{ICERoleControlled, "controlled"},
	})
}

func TestEnumNewFunctions(t *testing.T) {
	if got := NewSDPType("pranswer"); got != SDPTypePranswer {
		t.Errorf("NewSDPType(pranswer) = %v", got)
	}
	if got := NewSDPType("Offer"); got != SDPTypeUnknown {
		t.Errorf("NewSDPType(Offer) = %v, want unknown", got)
	}
	if got := NewICEGatheringState("gathering"); got != ICEGatheringStateGathering {
		t.Errorf("NewICEGatheringState(gathering) = %v", got)
	}
	if got := NewICEConnectionState("bogus"); got != ICEConnectionStateUnknown {
		t.Errorf("NewICEConnectionState(bogus) = %v", got)
	}
	if got := NewRTPCodecType("VIDEO"); got != RTPCodecTypeVideo {
		t.Errorf("NewRTPCodecType(VIDEO) = %v", got)
	}
	if got := NewRTPCodecType("unknown"); got != RTPCodecTypeUnknown {
		t.Errorf("NewRTPCodecType(unknown) = %v", got)
	}
	if got := NewRTPTransceiverDirection("recvonly"); got != RTPTransceiverDirectionRecvonly {
		t.Errorf("NewRTPTransceiverDirection(recvonly) = %v", got)
	}
	if got := NewICETransportPolicy("bogus"); got != ICETransportPolicyAll {
		t.Errorf("NewICETransportPolicy(bogus) = %v, want all", got)
	}
	if got := NewICETransportPolicy("relay"); got != ICETransportPolicyRelay {
		t.Errorf("NewICETransportPolicy(relay) = %v", got)
	}
	if got, err := NewICECandidateType("srflx"); got != ICECandidateTypeSrflx || err != nil {
		t.Errorf("NewICECandidateType(srflx) = %v, %v", got, err)
	}
	for _, s := range []string{"unknown", "HOST", ""} {
		if got, err := NewICECandidateType(s); got != ICECandidateTypeUnknown || !errors.Is(err, ErrType) {
			t.Errorf("NewICECandidateType(%q) = %v, %v; want unknown, ErrType", s, got, err)
		}
	}
	if got, err := NewICEProtocol("TCP"); got != ICEProtocolTCP || err != nil {
		t.Errorf("NewICEProtocol(TCP) = %v, %v", got, err)
	}
	for _, s := range []string{"unknown", "sctp", ""} {
		if got, err := NewICEProtocol(s); got != ICEProtocolUnknown || !errors.Is(err, ErrType) {
			t.Errorf("NewICEProtocol(%q) = %v, %v; want unknown, ErrType", s, got, err)
		}
	}
	reversed := map[RTPTransceiverDirection]RTPTransceiverDirection{
		RTPTransceiverDirectionUnknown:  RTPTransceiverDirectionUnknown,
		RTPTransceiverDirectionSendrecv: RTPTransceiverDirectionSendrecv,
		RTPTransceiverDirectionSendonly: RTPTransceiverDirectionRecvonly,
		RTPTransceiverDirectionRecvonly: RTPTransceiverDirectionSendonly,
		RTPTransceiverDirectionInactive: RTPTransceiverDirectionInactive,
	}
	for d, want := range reversed {
		if got := d.Revers(); got != want {
			t.Errorf("%v.Revers() = %v, want %v", d, got, want)
		}
	}
}

func TestEnumParseError(t *testing.T) {
	_, err := enumParse[SDPType]("SDPType", sdpTypeNames, "bogus")
	var e *Error
	if !errors.As(err, &e) || e.Op != "UnmarshalSDPType" || !errors.Is(err, ErrType) {
		t.Fatalf("enumParse error = %#v", err)
	}
	if got, want := err.Error(), `rtc: UnmarshalSDPType: invalid argument: unknown value "bogus"`; got != want {
		t.Errorf("error text = %q, want %q", got, want)
	}
}
