//go:build !js

package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"sync"
	"time"
)

// An asset is one file the handler serves, kept in each content coding it
// has been asked for. Each coding is compressed once, on first use.
type asset struct {
	contentType string
	identity    representation
	br, gzip    lazyRepresentation
}

// A representation is the asset's bytes in one content coding and its
// strong ETag, a hash of exactly those bytes.
type representation struct {
	coding string
	body   []byte
	etag   string
}

// A lazyRepresentation compresses on first use; concurrent users wait for
// the one compression.
type lazyRepresentation struct {
	once sync.Once
	rep  representation
}

func newAsset(contentType string, body []byte) *asset {
	return &asset{contentType: contentType, identity: newRepresentation(codingIdentity, body)}
}

func newRepresentation(coding string, body []byte) representation {
	sum := sha256.Sum256(body)
	return representation{coding: coding, body: body, etag: `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`}
}

// representation returns the asset in coding, compressing it if needed.
func (a *asset) representation(coding string) *representation {
	var l *lazyRepresentation
	switch coding {
	case codingBrotli:
		l = &a.br
	case codingGzip:
		l = &a.gzip
	default:
		return &a.identity
	}
	l.once.Do(func() { l.rep = newRepresentation(coding, encode(coding, a.identity.body)) })
	return &l.rep
}

// precompress compresses the asset in every coding it may be served in.
func (a *asset) precompress() {
	a.representation(codingBrotli)
	a.representation(codingGzip)
}

// ServeHTTP serves the asset in the coding the request accepts, with its
// ETag, answering conditional (304), HEAD and range requests.
func (a *asset) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rep := a.representation(negotiate(r.Header.Values("Accept-Encoding")))
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	// Revalidate on every load: the app changes whenever it is rebuilt,
	// and an unchanged one costs a 304.
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", rep.etag)
	if rep.coding != codingIdentity {
		h.Set("Content-Encoding", rep.coding)
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(rep.body))
}
