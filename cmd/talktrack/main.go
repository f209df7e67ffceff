// Command talktrack is the terminal app for selling to existing customers:
// the account briefing, suggestions with talking points, and the call log.
// This package only wires the command line to the store and the screens.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"talktrack/model"
	"talktrack/printable"
)

func main() {
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, now: time.Now, getenv: os.Getenv}
	os.Exit(a.run(context.Background(), os.Args[1:]))
}

// run executes one command line and returns the process exit code. Every
// failure is printed as one sentence on stderr.
func (a *app) run(ctx context.Context, args []string) int {
	// Everything printed passes through printable: a note, a name or an
	// imported header cannot send escape sequences to the terminal, and a
	// message quoting one cannot either. Exports to a pipe or a file get
	// the exact bytes (see exportOut).
	a.raw = a.stdout
	a.stdout = printable.NewWriter(a.stdout)
	a.stderr = printable.NewWriter(a.stderr)
	root := newRootCmd(a)
	root.SetArgs(textAfterDashes(args))
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(a.stderr, "talktrack: "+printable.Line(hidePasswords(sentence(err))))
		return 1
	}
	return 0
}

// urlPassword matches the password of a URL ("postgres://ana:secret@…").
var urlPassword = regexp.MustCompile(`(://[^/:@\s]*:)[^@\s]*@`)

// hidePasswords masks the password of any URL a message quotes: a hub
// address typed where a command was expected is echoed back by the usage
// error, and terminals and logs keep what they show.
func hidePasswords(msg string) string { return urlPassword.ReplaceAllString(msg, "${1}xxxxx@") }

// badFlagValue matches pflag's message for a value of the wrong type:
// the value, the flag, and the kind it parsed for.
var badFlagValue = regexp.MustCompile(`^invalid argument "(.*)" for "(\S+)" flag: strconv\.Parse(Int|Uint|Float|Bool)\b`)

// flagKinds names what a flag of each parsed kind takes.
var flagKinds = map[string]string{"Int": "a whole number", "Uint": "a whole number of 0 or more", "Float": "a number", "Bool": "true or false"}

// sentence turns an error into one line for the terminal: domain errors
// carry their own message, cobra's usage errors get a hint.
func sentence(err error) string {
	var e *model.Error
	if errors.As(err, &e) {
		return e.Message
	}
	msg := strings.TrimSpace(err.Error())
	msg = strings.ReplaceAll(msg, "\n", " ")
	// pflag says how it failed to parse ("strconv.ParseInt: parsing …");
	// the user needs to hear what the flag takes.
	if m := badFlagValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s %q is not %s (run `talktrack --help` for usage)", m[2], m[1], flagKinds[m[3]])
	}
	if strings.Contains(msg, "unknown flag") || strings.Contains(msg, "unknown command") ||
		strings.Contains(msg, "accepts") || strings.Contains(msg, "invalid argument") ||
		strings.Contains(msg, "required flag") || strings.Contains(msg, "flag needs an argument") {
		return msg + " (run `talktrack --help` for usage)"
	}
	return msg
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "talktrack",
		Short: "Know what to offer each customer, say it well, and log every call",
		Long: "talktrack shows where each customer is in their journey, what hurts them, what to offer\n" +
			"(upsell or cross-sell) and what to say, and logs every call. Without a command it opens\n" +
			"the terminal UI.",
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTUI(cmd.Context(), a)
		},
	}
	root.PersistentFlags().StringVar(&a.dbFlag, "db", "", "database file (default: $TALKTRACK_DB or the user data folder)")
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		newDemoCmd(a),
		newAccountsCmd(a),
		newShowCmd(a),
		newLogCmd(a),
		newCallsCmd(a),
		newCuesCmd(a),
		newImportCmd(a),
		newExportCmd(a),
		newTodayCmd(a),
		newConfigCmd(a),
		newHubCmd(a),
		newSyncCmd(a),
		newEvalCmd(a),
		newCompletionCmd(a),
	)
	addCompletions(root, a)
	return root
}
