//go:build !js

package rtc

import (
	"testing"

	"github.com/pion/webrtc/v4"
)

type pionEnum interface {
	comparable
	String() string
}

// checkPionEnum tests that every value of one of the package's enums
// converts to the pion constant of the same name, with the same string, and
// back. pairs must list every value in order starting at 0.
func checkPionEnum[T interface {
	~int32
	String() string
}, W pionEnum](t *testing.T, name string, pairs []struct {
	v T
	p W
}, to func(T) W, from func(W) T) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		for i, c := range pairs {
			if c.v != T(i) {
				t.Errorf("%s: pair %d has value %d", name, i, c.v)
			}
			p := to(c.v)
			if p != c.p {
				t.Errorf("%s(%d).toPion() = %v, want %v", name, c.v, p, c.p)
			}
			if got, want := p.String(), c.v.String(); got != want {
				t.Errorf("%s(%d): pion String() = %q, ours %q", name, c.v, got, want)
			}
			if back := from(p); back != c.v {
				t.Errorf("%s: fromPion(toPion(%d)) = %d", name, c.v, back)
			}
		}
		// One past the last value has no name on either side.
		past := T(len(pairs))
		if got, want := to(past).String(), past.String(); got != want {
			t.Errorf("%s(%d): pion String() = %q, ours %q", name, past, got, want)
		}
		if back := from(to(past)); back != past {
			t.Errorf("%s: fromPion(toPion(%d)) = %d", name, past, back)
		}
	})
}

func TestEnumsNative(t *testing.T) {
	checkPionEnum(t, "SignalingState", []struct {
		v SignalingState
		p webrtc.SignalingState
	}{
		{SignalingStateUnknown, webrtc.SignalingStateUnknown},
		{SignalingStateStable, webrtc.SignalingStateStable},
		{SignalingStateHaveLocalOffer, webrtc.SignalingStateHaveLocalOffer},
		{SignalingStateHaveRemoteOffer, webrtc.SignalingStateHaveRemoteOffer},
		{SignalingStateHaveLocalPranswer, webrtc.SignalingStateHaveLocalPranswer},
		{SignalingStateHaveRemotePranswer, webrtc.SignalingStateHaveRemotePranswer},
		{SignalingStateClosed, webrtc.SignalingStateClosed},
	}, SignalingState.toPion, signalingStateFromPion)
	checkPionEnum(t, "ICEGatheringState", []struct {
		v ICEGatheringState
		p webrtc.ICEGatheringState
	}{
		{ICEGatheringStateUnknown, webrtc.ICEGatheringStateUnknown},
		{ICEGatheringStateNew, webrtc.ICEGatheringStateNew},
		{ICEGatheringStateGathering, webrtc.ICEGatheringStateGathering},
		{ICEGatheringStateComplete, webrtc.ICEGatheringStateComplete},
	}, ICEGatheringState.toPion, iceGatheringStateFromPion)
	checkPionEnum(t, "ICEConnectionState", []struct {
		v ICEConnectionState
		p webrtc.ICEConnectionState
	}{
		{ICEConnectionStateUnknown, webrtc.ICEConnectionStateUnknown},
		{ICEConnectionStateNew, webrtc.ICEConnectionStateNew},
		{ICEConnectionStateChecking, webrtc.ICEConnectionStateChecking},
		{ICEConnectionStateConnected, webrtc.ICEConnectionStateConnected},
		{ICEConnectionStateCompleted, webrtc.ICEConnectionStateCompleted},
		{ICEConnectionStateDisconnected, webrtc.ICEConnectionStateDisconnected},
		{ICEConnectionStateFailed, webrtc.ICEConnectionStateFailed},
		{ICEConnectionStateClosed, webrtc.ICEConnectionStateClosed},
	}, ICEConnectionState.toPion, iceConnectionStateFromPion)
	checkPionEnum(t, "PeerConnectionState", []struct {
		v PeerConnectionState
		p webrtc.PeerConnectionState
	}{
		{PeerConnectionStateUnknown, webrtc.PeerConnectionStateUnknown},
		{PeerConnectionStateNew, webrtc.PeerConnectionStateNew},
		{PeerConnectionStateConnecting, webrtc.PeerConnectionStateConnecting},
		{PeerConnectionStateConnected, webrtc.PeerConnectionStateConnected},
		{PeerConnectionStateDisconnected, webrtc.PeerConnectionStateDisconnected},
		{PeerConnectionStateFailed, webrtc.PeerConnectionStateFailed},
		{PeerConnectionStateClosed, webrtc.PeerConnectionStateClosed},
	}, PeerConnectionState.toPion, peerConnectionStateFromPion)
	checkPionEnum(t, "DataChannelState", []struct {
		v DataChannelState
		p webrtc.DataChannelState
	}{
		{DataChannelStateUnknown, webrtc.DataChannelStateUnknown},
		{DataChannelStateConnecting, webrtc.DataChannelStateConnecting},
		{DataChannelStateOpen, webrtc.DataChannelStateOpen},
		{DataChannelStateClosing, webrtc.DataChannelStateClosing},
		{DataChannelStateClosed, webrtc.DataChannelStateClosed},
	}, DataChannelState.toPion, dataChannelStateFromPion)
	checkPionEnum(t, "SDPType", []struct {
		v SDPType
		p webrtc.SDPType
	}{
		{SDPTypeUnknown, webrtc.SDPTypeUnknown},
		{SDPTypeOffer, webrtc.SDPTypeOffer},
		{SDPTypePranswer, webrtc.SDPTypePranswer},
		{SDPTypeAnswer, webrtc.SDPTypeAnswer},
		{SDPTypeRollback, webrtc.SDPTypeRollback},
	}, SDPType.toPion, sdpTypeFromPion)
	checkPionEnum(t, "RTPCodecType", []struct {
		v RTPCodecType
		p webrtc.RTPCodecType
	}{
		{RTPCodecTypeUnknown, webrtc.RTPCodecTypeUnknown},
		{RTPCodecTypeAudio, webrtc.RTPCodecTypeAudio},
		{RTPCodecTypeVideo, webrtc.RTPCodecTypeVideo},
	}, RTPCodecType.toPion, rtpCodecTypeFromPion)
	checkPionEnum(t, "RTPTransceiverDirection", []struct {
		v RTPTransceiverDirection
		p webrtc.RTPTransceiverDirection
	}{
		{RTPTransceiverDirectionUnknown, webrtc.RTPTransceiverDirectionUnknown},
		{RTPTransceiverDirectionSendrecv, webrtc.RTPTransceiverDirectionSendrecv},
		{RTPTransceiverDirectionSendonly, webrtc.RTPTransceiverDirectionSendonly},
		{RTPTransceiverDirectionRecvonly, webrtc.RTPTransceiverDirectionRecvonly},
		{RTPTransceiverDirectionInactive, webrtc.RTPTransceiverDirectionInactive},
	}, RTPTransceiverDirection.toPion, rtpTransceiverDirectionFromPion)
	checkPionEnum(t, "ICECandidateType", []struct {
		v ICECandidateType
		p webrtc.ICECandidateType
	}{
		{ICECandidateTypeUnknown, webrtc.ICECandidateTypeUnknown},
		{ICECandidateTypeHost, webrtc.ICECandidateTypeHost},
		{ICECandidateTypeSrflx, webrtc.ICECandidateTypeSrflx},
		{ICECandidateTypePrflx, webrtc.ICECandidateTypePrflx},
		{ICECandidateTypeRelay, webrtc.ICECandidateTypeRelay},
	}, ICECandidateType.toPion, iceCandidateTypeFromPion)
	checkPionEnum(t, "ICEProtocol", []struct {
		v ICEProtocol
		p webrtc.ICEProtocol
	}{
		{ICEProtocolUnknown, webrtc.ICEProtocolUnknown},
		{ICEProtocolUDP, webrtc.ICEProtocolUDP},
		{ICEProtocolTCP, webrtc.ICEProtocolTCP},
	}, ICEProtocol.toPion, iceProtocolFromPion)
	checkPionEnum(t, "ICEComponent", []struct {
		v ICEComponent
		p webrtc.ICEComponent
	}{
		{ICEComponentUnknown, webrtc.ICEComponentUnknown},
		{ICEComponentRTP, webrtc.ICEComponentRTP},
		{ICEComponentRTCP, webrtc.ICEComponentRTCP},
	}, ICEComponent.toPion, iceComponentFromPion)
	checkPionEnum(t, "ICETransportPolicy", []struct {
		v ICETransportPolicy
		p webrtc.ICETransportPolicy
	}{
		{ICETransportPolicyAll, webrtc.ICETransportPolicyAll},
		{ICETransportPolicyRelay, webrtc.ICETransportPolicyRelay},
		{ICETransportPolicyNoHost, webrtc.ICETransportPolicyNoHost},
	}, ICETransportPolicy.toPion, iceTransportPolicyFromPion)
	checkPionEnum(t, "BundlePolicy", []struct {
		v BundlePolicy
		p webrtc.BundlePolicy
	}{
		{BundlePolicyUnknown, webrtc.BundlePolicyUnknown},
		{BundlePolicyBalanced, webrtc.BundlePolicyBalanced},
		{BundlePolicyMaxCompat, webrtc.BundlePolicyMaxCompat},
		{BundlePolicyMaxBundle, webrtc.BundlePolicyMaxBundle},
	}, BundlePolicy.toPion, bundlePolicyFromPion)
	checkPionEnum(t, "RTCPMuxPolicy", []struct {
		v RTCPMuxPolicy
		p webrtc.RTCPMuxPolicy
	}{
		{RTCPMuxPolicyUnknown, webrtc.RTCPMuxPolicyUnknown},
		{RTCPMuxPolicyNegotiate, webrtc.RTCPMuxPolicyNegotiate},
		{RTCPMuxPolicyRequire, webrtc.RTCPMuxPolicyRequire},
	}, RTCPMuxPolicy.toPion, rtcpMuxPolicyFromPion)
	checkPionEnum(t, "ICECredentialType", []struct {
		v ICECredentialType
		p webrtc.ICECredentialType
	}{
		{ICECredentialTypePassword, webrtc.ICECredentialTypePassword},
		{ICECredentialTypeOauth, webrtc.ICECredentialTypeOauth},
	}, ICECredentialType.toPion, iceCredentialTypeFromPion)
	checkPionEnum(t, "ICETrickleCapability", []struct {
		v ICETrickleCapability
		p webrtc.ICETrickleCapability
	}{
		{ICETrickleCapabilityUnknown, webrtc.ICETrickleCapabilityUnknown},
		{ICETrickleCapabilitySupported, webrtc.ICETrickleCapabilitySupported},
		{ICETrickleCapabilityUnsupported, webrtc.ICETrickleCapabilityUnsupported},
	}, ICETrickleCapability.toPion, iceTrickleCapabilityFromPion)
	checkPionEnum(t, "SCTPTransportState", []struct {
		v SCTPTransportState
		p webrtc.SCTPTransportState
	}{
		{SCTPTransportStateUnknown, webrtc.SCTPTransportStateUnknown},
		{SCTPTransportStateConnecting, webrtc.SCTPTransportStateConnecting},
		{SCTPTransportStateConnected, webrtc.SCTPTransportStateConnected},
		{SCTPTransportStateClosed, webrtc.SCTPTransportStateClosed},
	}, SCTPTransportState.toPion, sctpTransportStateFromPion)
	checkPionEnum(t, "DTLSTransportState", []struct {
		v DTLSTransportState
		p webrtc.DTLSTransportState
	}{
		{DTLSTransportStateUnknown, webrtc.DTLSTransportStateUnknown},
		{DTLSTransportStateNew, webrtc.DTLSTransportStateNew},
		{DTLSTransportStateConnecting, webrtc.DTLSTransportStateConnecting},
		{DTLSTransportStateConnected, webrtc.DTLSTransportStateConnected},
		{DTLSTransportStateClosed, webrtc.DTLSTransportStateClosed},
		{DTLSTransportStateFailed, webrtc.DTLSTransportStateFailed},
	}, DTLSTransportState.toPion, dtlsTransportStateFromPion)
	checkPionEnum(t, "ICETransportState", []struct {
		v ICETransportState
		p webrtc.ICETransportState
	}{
		{ICETransportStateUnknown, webrtc.ICETransportStateUnknown},
		{ICETransportStateNew, webrtc.ICETransportStateNew},
		{ICETransportStateChecking, webrtc.ICETransportStateChecking},
		{ICETransportStateConnected, webrtc.ICETransportStateConnected},
		{ICETransportStateCompleted, webrtc.ICETransportStateCompleted},
		{ICETransportStateFailed, webrtc.ICETransportStateFailed},
		{ICETransportStateDisconnected, webrtc.ICETransportStateDisconnected},
		{ICETransportStateClosed, webrtc.ICETransportStateClosed},
	}, ICETransportState.toPion, iceTransportStateFromPion)
	checkPionEnum(t, "SDPSemantics", []struct {
		v SDPSemantics
		p webrtc.SDPSemantics
	}{
		{SDPSemanticsUnifiedPlan, webrtc.SDPSemanticsUnifiedPlan},
		{SDPSemanticsPlanB, webrtc.SDPSemanticsPlanB},
		{SDPSemanticsUnifiedPlanWithFallback, webrtc.SDPSemanticsUnifiedPlanWithFallback},
	}, SDPSemantics.toPion, sdpSemanticsFromPion)
	checkPionEnum(t, "DTLSRole", []struct {
		v DTLSRole
		p webrtc.DTLSRole
	}{
		{DTLSRoleUnknown, webrtc.DTLSRoleUnknown},
		{DTLSRoleAuto, webrtc.DTLSRoleAuto},
		{DTLSRoleClient, webrtc.DTLSRoleClient},
		{DTLSRoleServer, webrtc.DTLSRoleServer},
	}, DTLSRole.toPion, dtlsRoleFromPion)
	checkPionEnum(t, "ICERole", []struct {
		v ICERole
		p webrtc.ICERole
	}{
		{ICERoleUnknown, webrtc.ICERoleUnknown},
		{ICERoleControlling, webrtc.ICERoleControlling},
		{ICERoleControlled, webrtc.ICERoleControlled},
	}, ICERole.toPion, iceRoleFromPion)
}

// TestEnumsNativeNew checks that the New functions agree with pion's on
// valid, differently cased and unknown strings.
func TestEnumsNativeNew(t *testing.T) {
	inputs := []string{"", "unknown", "bogus", "offer", "Offer", "pranswer", "answer", "rollback",
		"new", "gathering", "complete", "checking", "connected", "completed", "disconnected",
		"failed", "closed", "audio", "VIDEO", "Audio", "sendrecv", "sendonly", "recvonly",
		"inactive", "host", "srflx", "prflx", "relay", "Host", "udp", "tcp", "UDP", "Tcp",
		"all", "nohost"}
	for _, s := range inputs {
		if got, want := NewSDPType(s).toPion(), webrtc.NewSDPType(s); got != want {
			t.Errorf("NewSDPType(%q) = %v, pion %v", s, got, want)
		}
		if got, want := NewICEGatheringState(s).toPion(), webrtc.NewICEGatheringState(s); got != want {
			t.Errorf("NewICEGatheringState(%q) = %v, pion %v", s, got, want)
		}
		if got, want := NewICEConnectionState(s).toPion(), webrtc.NewICEConnectionState(s); got != want {
			t.Errorf("NewICEConnectionState(%q) = %v, pion %v", s, got, want)
		}
		if got, want := NewRTPCodecType(s).toPion(), webrtc.NewRTPCodecType(s); got != want {
			t.Errorf("NewRTPCodecType(%q) = %v, pion %v", s, got, want)
		}
		if got, want := NewRTPTransceiverDirection(s).toPion(), webrtc.NewRTPTransceiverDirection(s); got != want {
			t.Errorf("NewRTPTransceiverDirection(%q) = %v, pion %v", s, got, want)
		}
		if got, want := NewICETransportPolicy(s).toPion(), webrtc.NewICETransportPolicy(s); got != want {
			t.Errorf("NewICETransportPolicy(%q) = %v, pion %v", s, got, want)
		}
		got, err := NewICECandidateType(s)
		want, perr := webrtc.NewICECandidateType(s)
		if got.toPion() != want || (err == nil) != (perr == nil) {
			t.Errorf("NewICECandidateType(%q) = %v, %v; pion %v, %v", s, got, err, want, perr)
		}
		gotP, err := NewICEProtocol(s)
		wantP, perr := webrtc.NewICEProtocol(s)
		if gotP.toPion() != wantP || (err == nil) != (perr == nil) {
			t.Errorf("NewICEProtocol(%q) = %v, %v; pion %v, %v", s, gotP, err, wantP, perr)
		}
	}
	for d := RTPTransceiverDirectionUnknown; d <= RTPTransceiverDirectionInactive; d++ {
		if got, want := d.Revers().toPion(), d.toPion().Revers(); got != want {
			t.Errorf("%v.Revers() = %v, pion %v", d, got, want)
		}
	}
}
