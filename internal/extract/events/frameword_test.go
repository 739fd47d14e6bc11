package events

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// TestFrameWordCoversTheSwitch: findFrames skips its verb switch for a
// word frameWord does not list, so a case that compares the word with a
// literal missing from frameWord could never fire. Read the switch from
// the source and check every such literal.
func TestFrameWordCoversTheSwitch(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "statements.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var sw *ast.SwitchStmt
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "findFrames" {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if s, ok := n.(*ast.SwitchStmt); ok && s.Tag == nil && sw == nil {
				sw = s
			}
			return sw == nil
		})
	}
	if sw == nil {
		t.Fatal("findFrames has no tagless switch")
	}
	n := 0
	for _, c := range sw.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			ast.Inspect(e, func(n2 ast.Node) bool {
				b, ok := n2.(*ast.BinaryExpr)
				if !ok || b.Op != token.EQL {
					return true
				}
				id, ok := b.X.(*ast.Ident)
				lit, ok2 := b.Y.(*ast.BasicLit)
				if !ok || !ok2 || id.Name != "w" {
					return true
				}
				word, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				n++
				if !frameWord(word) {
					t.Errorf("findFrames compares the word with %q, which frameWord does not list: that case can never fire", word)
				}
				return true
			})
		}
	}
	if n < 50 {
		t.Errorf("found only %d word comparisons in findFrames' switch: the test no longer reads it", n)
	}
}
