package rtc

// checkRemoteSDP refuses the descriptions that pion would apply to its
// signaling state and only then reject (no mid, no ICE credentials, no DTLS
// fingerprint), so that a failed SetRemoteDescription changes nothing, as
// the specification and the browser have it. Text that does not parse
// (readSDP) is left to pion, which checks it before changing anything.
func checkRemoteSDP(d SessionDescription) error {
	return checkDescriptionSDP("SetRemoteDescription", d)
}

// checkDescriptionSDP is checkRemoteSDP for the method op; the browser
// backend also checks local descriptions with it, which Chrome would apply
// however they were edited.
func checkDescriptionSDP(op string, d SessionDescription) error {
	if d.Type != SDPTypeOffer && d.Type != SDPTypeAnswer && d.Type != SDPTypePranswer {
		return nil
	}
	s, err := readSDP(d.SDP)
	if err != nil {
		return nil
	}
	fail := func(msg string) error { return newError(ErrOperation, op, "%s", msg) }
	sessionUfrag := hasValue(sdpAttribute(s.session, "ice-ufrag"))
	sessionPwd := hasValue(sdpAttribute(s.session, "ice-pwd"))
	sessionFingerprint := hasValue(sdpAttribute(s.session, "fingerprint"))
	if len(s.media) == 0 && !(sessionUfrag && sessionPwd) {
		return fail("description has no media section and no ICE credentials")
	}
	for _, m := range s.media {
		if mid, _ := sdpAttribute(m, "mid"); mid == "" && d.Type == SDPTypeOffer {
			return fail("media section without a mid")
		}
		ufrag := hasValue(sdpAttribute(m, "ice-ufrag"))
		pwd := hasValue(sdpAttribute(m, "ice-pwd"))
		if !(ufrag || sessionUfrag) || !(pwd || sessionPwd) {
			return fail("media section without ICE credentials (ice-ufrag, ice-pwd)")
		}
		if !hasValue(sdpAttribute(m, "fingerprint")) && !sessionFingerprint {
			return fail("media section without a DTLS fingerprint")
		}
	}
	return nil
}

// hasValue tells whether an attribute lookup found a non-empty value.
func hasValue(v string, ok bool) bool { return ok && v != "" }
