//go:build !js

package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html/template"
)

//go:embed index.html
var indexHTML string

var indexTemplate = template.Must(template.New("index.html").Parse(indexHTML))

// defaultTitle is the index page's title when App.Title is empty.
const defaultTitle = "Go WebAssembly app"

// config is what loader.js reads from the index page to start the program.
type config struct {
	Env  map[string]string `json:"env"`
	Args []string          `json:"args"`
}

// renderIndex returns the app's index page. The config is JSON inside a
// <script type="application/json"> element: encoding/json escapes <, > and
// & (and U+2028, U+2029), so no value can close the element.
func renderIndex(a *App) []byte {
	c := config{Env: a.Env, Args: a.Args}
	if c.Env == nil {
		c.Env = map[string]string{}
	}
	if c.Args == nil {
		c.Args = []string{}
	}
	js, err := json.Marshal(c)
	if err != nil {
		panic(err) // strings and maps of strings always marshal
	}
	title := a.Title
	if title == "" {
		title = defaultTitle
	}
	var b bytes.Buffer
	err = indexTemplate.Execute(&b, struct {
		Title  string
		Config template.JS
	}{title, template.JS(js)})
	if err != nil {
		panic(err) // the template and its data are fixed
	}
	return b.Bytes()
}
