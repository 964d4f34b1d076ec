package rtc

import "strconv"

// formatMessage is the small printf that builds the package's error
// messages. It understands %s, %v, %q, %d, %T and %%, for strings,
// integers, booleans and errors (callers pass enums as s.String()), and
// hands any other value to formatOther (%T to typeName). It exists so that the browser build
// does not link fmt (and, through it, reflect) just to word its errors; it
// calls no String method through an interface either, which would keep the
// String (and formatting) code of every type stored in an interface.
func formatMessage(format string, args ...any) string {
	var b []byte
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if next == len(args) {
			b = append(b, "%!"...)
			b = append(b, verb)
			b = append(b, "(MISSING)"...)
			continue
		}
		var s string
		if verb == 'T' {
			s = typeName(args[next])
		} else {
			s = formatArg(args[next])
		}
		next++
		if verb == 'q' {
			b = appendQuoted(b, s)
		} else {
			b = append(b, s...)
		}
	}
	return string(b)
}

// formatArg is one argument as %v prints it.
func formatArg(a any) string {
	switch v := a.(type) {
	case string:
		return v
	case error:
		return v.Error()
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case uint8:
		return strconv.FormatUint(uint64(v), 10)
	case uint16:
		return strconv.FormatUint(uint64(v), 10)
	case uint32:
		return strconv.FormatUint(uint64(v), 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case uint:
		return strconv.FormatUint(uint64(v), 10)
	}
	return formatOther(a)
}

// appendQuoted appends s in double quotes, with quotes, backslashes and
// bytes outside printable ASCII as \xNN: enough to show untrusted input
// (strconv.Quote's Unicode tables would add 7 KB to the browser build).
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
