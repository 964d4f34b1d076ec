package stream

import "testing"

func TestFrameCheck(t *testing.T) {
	m := Frame(7, 100)
	if err := Check(m, 7); err != nil {
		t.Fatal(err)
	}
	if err := Check(m, 8); err == nil {
		t.Fatal("Check accepted message 7 as 8")
	}
	m[50]++
	if err := Check(m, 7); err == nil {
		t.Fatal("Check accepted a corrupted message")
	}
	if err := Check([]byte{1}, 0); err == nil {
		t.Fatal("Check accepted a 1-byte message")
	}
}
