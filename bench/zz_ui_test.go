package bench

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"talktrack/ui"
)

// runCmd runs a command tree, returning messages that arrive within d.
func runCmd(cmd tea.Cmd, d time.Duration) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, runCmd(c, d)...)
			}
			return out
		}
		if msg == nil {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(d):
		return nil
	}
}

func BenchmarkZZUI(b *testing.B) {
	st := bigStore(b)
	_ = context.Background()
	var m tea.Model = ui.New(st, ui.Options{})
	feed := func(msg tea.Msg) {
		queue := []tea.Msg{msg}
		for len(queue) > 0 {
			var cmd tea.Cmd
			m, cmd = m.Update(queue[0])
			queue = queue[1:]
			queue = append(queue, runCmd(cmd, 50*time.Millisecond)...)
		}
	}
	feed(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, msg := range runCmd(m.Init(), 200*time.Millisecond) {
		feed(msg)
	}
	feed(tea.KeyPressMsg{Code: '/', Text: "/"})
	v := m.View()
	fmt.Println(reflect.TypeOf(v))
	b.Run("view", func(b *testing.B) {
		for range b.N {
			_ = m.View()
		}
	})
	b.Run("type-g", func(b *testing.B) {
		for range b.N {
			feed(tea.KeyPressMsg{Code: 'g', Text: "g"})
			_ = m.View()
			feed(tea.KeyPressMsg{Code: tea.KeyBackspace})
		}
	})
}
