package rtc

import (
	"reflect"
	"testing"
)

// seedMethods is every PeerConnection method of the API we implement
// (../shared/seeds: pion's PeerConnection), which must exist on both targets.
var seedMethods = []string{
	"CreateOffer", "CreateAnswer", "SetLocalDescription", "SetRemoteDescription",
	"LocalDescription", "RemoteDescription", "CurrentLocalDescription", "PendingLocalDescription",
	"CurrentRemoteDescription", "PendingRemoteDescription", "AddICECandidate", "OnICECandidate",
	"OnICEGatheringStateChange", "OnICEConnectionStateChange", "AddTrack", "RemoveTrack", "OnTrack",
	"AddTransceiverFromKind", "AddTransceiverFromTrack", "GetSenders", "GetReceivers", "GetTransceivers",
	"CreateDataChannel", "OnDataChannel", "SignalingState", "ICEGatheringState", "ICEConnectionState",
	"ConnectionState", "CanTrickleICECandidates", "OnSignalingStateChange", "OnConnectionStateChange",
	"OnNegotiationNeeded", "GetConfiguration", "SetConfiguration", "GetStats", "Close", "GracefulClose",
	"WriteRTCP", "SCTP", "ID",
}

func TestSeedMethodsExist(t *testing.T) {
	typ := reflect.TypeFor[*PeerConnection]()
	for _, name := range seedMethods {
		if _, ok := typ.MethodByName(name); !ok {
			t.Errorf("PeerConnection has no method %s", name)
		}
	}
	if _, ok := reflect.TypeOf(NewAPI()).MethodByName("NewPeerConnection"); !ok {
		t.Error("API has no method NewPeerConnection")
	}
}
