//go:build !js

package rtc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The API parity test: one program written against this package must build
// for both targets, so the exported API of the native build and of the
// GOOS=js GOARCH=wasm build must be the same, but for the few documented
// platform extras below. It runs natively only (go/types needs the toolchain),
// and reads each build's compiler export data through `go list -export`, so it
// sees exactly what the compiler sees for each target.

// apiParityPkg is the package whose two builds are compared.
const apiParityPkg = "github.com/everyrtc/rtc"

// nativeOnly lists the package-level identifiers that exist only natively:
// access to and construction from pion objects. Methods named "Pion" (the
// underlying pion object of a wrapper) are native-only on every type.
var nativeOnly = []string{
	"WrapTrackLocal",
	"WithSettingEngine",
	"WithMediaEngine",
	"WithInterceptorRegistry",
	"CertificateFromPion",
}

// browserOnly lists the package-level identifiers that exist only in the
// browser build. Methods named "JSValue" (the underlying JavaScript object)
// are browser-only on every type.
var browserOnly = []string{
	// Placeholder list: the browser backend's author adjusts it to the
	// browser-only extras the js build really exports.
	"NewTrackLocalJS",
	"TrackLocalJS",
	"UserMedia",
	"SyntheticVideoTrack",
	"SyntheticAudioTrack",
}

const (
	nativeOnlyMethod  = "Pion"
	browserOnlyMethod = "JSValue"
)

// apiItem is one piece of exported API: a package-level object, a method of
// an exported type, or an exported field of an exported struct type.
type apiItem struct {
	owner  string // package-level identifier it belongs to
	member string // method or field name; "" for the identifier itself
	method bool
	desc   string // the full description compared between the builds
}

func TestAPIParity(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH:", err)
	}
	type result struct {
		api map[string]apiItem
		err error
	}
	nativeC, browserC := make(chan result, 1), make(chan result, 1)
	go func() {
		api, err := loadAPI(".", apiParityPkg, nil)
		nativeC <- result{api, err}
	}()
	go func() {
		api, err := loadAPI(".", apiParityPkg, []string{"GOOS=js", "GOARCH=wasm"})
		browserC <- result{api, err}
	}()
	native, browser := <-nativeC, <-browserC
	if native.err != nil {
		t.Fatalf("native build: %v", native.err)
	}
	if browser.err != nil {
		t.Fatalf("browser build (GOOS=js GOARCH=wasm): %v", browser.err)
	}
	t.Logf("%d native and %d browser API items", len(native.api), len(browser.api))
	for _, p := range compareAPI(native.api, browser.api) {
		t.Error(p)
	}
}

// compareAPI returns the differences between the two builds' APIs that the
// allow-lists do not explain, and the stale allow-list entries: those that
// explain nothing, or name something that is the same in both builds (they
// hide nothing today but would hide drift tomorrow).
func compareAPI(native, browser map[string]apiItem) []string {
	var problems, stale []string
	used := map[string]bool{} // "native Pion", "browser JSValue", "native WrapTrackLocal", ...
	for _, k := range slices.Sorted(maps.Keys(native)) {
		n := native[k]
		b, inBrowser := browser[k]
		switch {
		case inBrowser && n.desc != b.desc:
			problems = append(problems, fmt.Sprintf("differs: %s\n\tnative:  %s\n\tbrowser: %s", k, n.desc, b.desc))
		case inBrowser:
			if len(allowedBy(n, nativeOnlyMethod, nativeOnly))+len(allowedBy(n, browserOnlyMethod, browserOnly)) > 0 {
				stale = append(stale, "stale allow-list entry: the same in both builds: "+n.desc)
			}
		default:
			rules := allowedBy(n, nativeOnlyMethod, nativeOnly)
			if len(rules) == 0 {
				problems = append(problems, "native only: "+n.desc)
			}
			for _, r := range rules {
				used["native "+r] = true
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(browser)) {
		b := browser[k]
		if _, ok := native[k]; ok {
			continue
		}
		rules := allowedBy(b, browserOnlyMethod, browserOnly)
		if len(rules) == 0 {
			problems = append(problems, "browser only: "+b.desc)
		}
		for _, r := range rules {
			used["browser "+r] = true
		}
	}
	for side, rules := range map[string][]string{
		"native":  append([]string{nativeOnlyMethod + " methods"}, nativeOnly...),
		"browser": append([]string{browserOnlyMethod + " methods"}, browserOnly...),
	} {
		for _, r := range rules {
			if !used[side+" "+r] {
				stale = append(stale, fmt.Sprintf("stale allow-list entry: %s-only %s: nothing by that name exists in the %s build only", side, r, side))
			}
		}
	}
	slices.Sort(stale)
	return append(problems, stale...)
}

// allowedBy returns the allow-list rules that let it exist in one build only:
// "<method> methods" for a method of that name, and its package-level
// identifier if names lists it.
func allowedBy(it apiItem, method string, names []string) []string {
	var rules []string
	if it.method && it.member == method {
		rules = append(rules, method+" methods")
	}
	if slices.Contains(names, it.owner) {
		rules = append(rules, it.owner)
	}
	return rules
}

// loadAPI type-checks nothing itself: it asks `go list -export` (in dir, with
// env added to the environment) to compile pkg and its dependencies, imports
// pkg from the compiler's export data and describes its exported API.
func loadAPI(dir, pkg string, env []string) (map[string]apiItem, error) {
	cmd := exec.Command("go", "list", "-export", "-deps", "-json", pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %v\n%s", strings.Join(env, " "), strings.Join(cmd.Args, " "), err, stderr.String())
	}
	exports := map[string]string{}
	dec := json.NewDecoder(&stdout)
	for {
		var p struct{ ImportPath, Export string }
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("decoding go list output: %v", err)
		}
		exports[p.ImportPath] = p.Export
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file := exports[path]
		if file == "" {
			return nil, fmt.Errorf("no export data for %q in go list output", path)
		}
		return os.Open(file)
	})
	p, err := imp.Import(pkg)
	if err != nil {
		return nil, fmt.Errorf("importing %s from export data: %v", pkg, err)
	}
	return describeAPI(p), nil
}

// describeAPI describes every exported identifier of p, the exported methods
// of its exported types (with those promoted from embedded types) and the
// exported fields of its exported struct types, keyed by a stable name.
func describeAPI(p *types.Package) map[string]apiItem {
	qf := func(other *types.Package) string { return other.Name() }
	api := map[string]apiItem{}
	add := func(key string, it apiItem) { api[key] = it }
	scope := p.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Func:
			add("func "+name, apiItem{owner: name, desc: "func " + name + signatureString(obj.Type().(*types.Signature), qf)})
		case *types.Var:
			add("var "+name, apiItem{owner: name, desc: "var " + name + " " + types.TypeString(obj.Type(), qf)})
		case *types.Const:
			add("const "+name, apiItem{owner: name, desc: "const " + name + " " + types.TypeString(obj.Type(), qf) + " = " + obj.Val().ExactString()})
		case *types.TypeName:
			describeType(obj, qf, add)
		}
	}
	return api
}

func describeType(obj *types.TypeName, qf types.Qualifier, add func(string, apiItem)) {
	name := obj.Name()
	if obj.IsAlias() {
		add("type "+name, apiItem{owner: name, desc: "type " + name + " = " + types.TypeString(obj.Type(), qf)})
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		add("type "+name, apiItem{owner: name, desc: types.ObjectString(obj, qf)})
		return
	}
	head := "type " + name
	if tp := named.TypeParams(); tp.Len() > 0 {
		var ps []string
		for i := range tp.Len() {
			ps = append(ps, tp.At(i).Obj().Name()+" "+types.TypeString(tp.At(i).Constraint(), qf))
		}
		head += "[" + strings.Join(ps, ", ") + "]"
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		add("type "+name, apiItem{owner: name, desc: head + " struct"})
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			d := "field " + name + "." + f.Name() + " " + types.TypeString(f.Type(), qf)
			if f.Embedded() {
				d += " (embedded)"
			}
			if tag := u.Tag(i); tag != "" {
				d += " `" + tag + "`"
			}
			add("field "+name+"."+f.Name(), apiItem{owner: name, member: f.Name(), desc: d})
		}
	case *types.Interface:
		d := head + " interface"
		for i := range u.NumMethods() {
			if !u.Method(i).Exported() {
				d += " (with unexported methods)"
				break
			}
		}
		add("type "+name, apiItem{owner: name, desc: d})
	default:
		add("type "+name, apiItem{owner: name, desc: head + " " + types.TypeString(u, qf)})
	}
	// Methods callable on a T value, then those that need a *T.
	value := types.NewMethodSet(named)
	sets := []*types.MethodSet{value}
	if !types.IsInterface(named) {
		sets = append(sets, types.NewMethodSet(types.NewPointer(named)))
	}
	for i, ms := range sets {
		for j := range ms.Len() {
			m := ms.At(j).Obj()
			if !m.Exported() || (i == 1 && value.Lookup(m.Pkg(), m.Name()) != nil) {
				continue
			}
			recv := name
			if i == 1 {
				recv = "*" + name
			}
			sig := signatureString(m.Type().(*types.Signature), qf)
			add("method "+name+"."+m.Name(), apiItem{
				owner: name, member: m.Name(), method: true,
				desc: "method (" + recv + ") " + m.Name() + sig,
			})
		}
	}
}

// signatureString prints a signature without its receiver and without
// parameter names, which are not API.
func signatureString(sig *types.Signature, qf types.Qualifier) string {
	list := func(t *types.Tuple, variadic bool) []string {
		var s []string
		for i := range t.Len() {
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				s = append(s, "..."+types.TypeString(typ.(*types.Slice).Elem(), qf))
				continue
			}
			s = append(s, types.TypeString(typ, qf))
		}
		return s
	}
	var tparams []string
	for i := range sig.TypeParams().Len() {
		tp := sig.TypeParams().At(i)
		tparams = append(tparams, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), qf))
	}
	out := ""
	if len(tparams) > 0 {
		out = "[" + strings.Join(tparams, ", ") + "]"
	}
	out += "(" + strings.Join(list(sig.Params(), sig.Variadic()), ", ") + ")"
	switch res := list(sig.Results(), false); len(res) {
	case 0:
	case 1:
		out += " " + res[0]
	default:
		out += " (" + strings.Join(res, ", ") + ")"
	}
	return out
}
