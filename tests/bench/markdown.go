//go:build !js

package bench

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Bar is one target of the issue, checked on a run's rows: the median of
// Impl's Figure divided by the median of Base's Figure (in Group) must be at
// least Min (when Min > 0) and at most Max (when Max > 0).
type Bar struct {
	What          string
	Group, Figure string
	Impl, Base    string
	Min, Max      float64
	BaseFigure    string // the base's figure when it differs from Figure
}

// Check finds the bar's two rows and returns their ratio; ok is false when
// one of them is missing or has no values.
func (b Bar) Check(rows []Row) (ratio float64, met, ok bool) {
	baseFigure := b.BaseFigure
	if baseFigure == "" {
		baseFigure = b.Figure
	}
	impl, ok1 := find(rows, b.Group, b.Figure, b.Impl)
	base, ok2 := find(rows, b.Group, baseFigure, b.Base)
	if !ok1 || !ok2 || base.Median() == 0 {
		return 0, false, false
	}
	ratio = impl.Median() / base.Median()
	met = (b.Min == 0 || ratio >= b.Min) && (b.Max == 0 || ratio <= b.Max)
	return ratio, met, true
}

func find(rows []Row, group, figure, impl string) (Row, bool) {
	for _, r := range rows {
		if r.Group == group && r.Figure == figure && r.Impl == impl && len(r.Values) > 0 {
			return r, true
		}
	}
	return Row{}, false
}

// WriteTables writes one Markdown table per group, in the order the groups
// first appear: each figure's implementations side by side, with the
// median, the range and the ratio to the group's first implementation.
func WriteTables(w io.Writer, rows []Row) {
	var groups []string
	byGroup := map[string][]Row{}
	for _, r := range rows {
		if _, seen := byGroup[r.Group]; !seen {
			groups = append(groups, r.Group)
		}
		byGroup[r.Group] = append(byGroup[r.Group], r)
	}
	for _, g := range groups {
		fmt.Fprintf(w, "\n### %s\n\n", g)
		fmt.Fprintln(w, "| figure | implementation | median | min – max | n | vs first | note |")
		fmt.Fprintln(w, "| --- | --- | ---: | ---: | ---: | ---: | --- |")
		first := map[string]Row{}
		for _, r := range byGroup[g] {
			if _, ok := first[r.Figure]; !ok && len(r.Values) > 0 {
				first[r.Figure] = r
			}
		}
		noted := map[string]string{} // a figure's note, printed on its first row only
		for _, r := range byGroup[g] {
			note := r.Note
			if prev, ok := noted[r.Figure]; ok && prev == note {
				note = ""
			} else {
				noted[r.Figure] = note
			}
			median, span, ratio := "–", "–", ""
			if len(r.Values) > 0 {
				lo, hi := r.Range()
				median = num(r.Median()) + " " + r.Unit
				span = num(lo) + " – " + num(hi)
				if f := first[r.Figure]; f.Impl != r.Impl && f.Median() != 0 {
					ratio = strconv.FormatFloat(r.Median()/f.Median(), 'f', 2, 64) + "×"
				}
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | %d | %s | %s |\n",
				r.Figure, r.Impl, median, span, len(r.Values), ratio, cell(note))
		}
	}
}

// WriteBars writes the bars as a table: each ratio and whether it is met.
func WriteBars(w io.Writer, bars []Bar, rows []Row) {
	fmt.Fprintln(w, "| target | ratio (medians) | met |")
	fmt.Fprintln(w, "| --- | ---: | --- |")
	for _, b := range bars {
		ratio, met, ok := b.Check(rows)
		switch {
		case !ok:
			fmt.Fprintf(w, "| %s | – | not measured |\n", b.What)
		case met:
			fmt.Fprintf(w, "| %s | %.2f× | yes |\n", b.What, ratio)
		default:
			fmt.Fprintf(w, "| %s | %.2f× | **no** |\n", b.What, ratio)
		}
	}
}

// num prints three significant digits, enough for noisy measurements.
func num(v float64) string {
	switch {
	case v >= 1000:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'g', 3, 64)
	}
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
