package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"talktrack/data"
	"talktrack/model"
)

// completionLimit caps the accounts offered for one completion.
const completionLimit = 200

func newCompletionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print a shell completion script (account names and ids, outcomes, responses)",
		Long: "Print a shell completion script. For example:\n" +
			"  bash:       source <(talktrack completion bash)\n" +
			"  zsh:        talktrack completion zsh > \"${fpath[1]}/_talktrack\"\n" +
			"  fish:       talktrack completion fish > ~/.config/fish/completions/talktrack.fish\n" +
			"  powershell: talktrack completion powershell | Out-String | Invoke-Expression",
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(a.stdout, true)
			case "zsh":
				return root.GenZshCompletion(a.stdout)
			case "fish":
				return root.GenFishCompletion(a.stdout, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(a.stdout)
			}
			return errorf("no completion for shell %q: use bash, zsh, fish or powershell", args[0])
		},
	}
}

// addCompletions teaches the commands to complete account names and ids
// and the values of their flags.
func addCompletions(root *cobra.Command, a *app) {
	accountArg := func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return a.completeAccounts(cmd.Context(), toComplete), cobra.ShellCompDirectiveNoFileComp
	}
	outcomes := enumCompletion(model.Outcomes)
	stages := enumCompletion(model.Stages)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "show", "log", "calls":
			c.ValidArgsFunction = accountArg
		case "today":
			for _, sub := range c.Commands() {
				if sub.Name() == "done" {
					sub.ValidArgsFunction = accountArg
				}
			}
			_ = c.RegisterFlagCompletionFunc("owner", func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
				return a.completeOwners(cmd.Context()), cobra.ShellCompDirectiveNoFileComp
			})
		case "accounts":
			_ = c.RegisterFlagCompletionFunc("stage", stages)
		}
		if c.Name() == "log" {
			_ = c.RegisterFlagCompletionFunc("outcome", outcomes)
			_ = c.RegisterFlagCompletionFunc("offer", func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
				if pid, _, ok := strings.Cut(toComplete, "="); ok {
					var out []string
					for _, r := range model.Responses {
						out = append(out, pid+"="+string(r))
					}
					return out, cobra.ShellCompDirectiveNoFileComp
				}
				return a.completeProducts(cmd.Context()), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
			})
		}
	}
}

// enumCompletion completes a flag with the values of an enum.
func enumCompletion[T ~string](values []T) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeFrom opens the database for completing, only if it exists
// (pressing tab never creates a database), and returns what list finds;
// nothing on any failure, since a completion has nowhere to say why.
func (a *app) completeFrom(list func(st *data.Store) ([]string, error)) []string {
	path, _, err := a.dbPath()
	if err != nil {
		return nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	st, err := data.Open(path)
	if err != nil {
		return nil
	}
	defer st.Close()
	out, err := list(st)
	if err != nil {
		return nil
	}
	return out
}

// completeAccounts offers the ids and names of accounts starting with
// toComplete, each with the other as its description.
func (a *app) completeAccounts(ctx context.Context, toComplete string) []string {
	return a.completeFrom(func(st *data.Store) ([]string, error) {
		accounts, err := st.AccountsStartingWith(ctx, toComplete, completionLimit)
		var out []string
		lower := strings.ToLower(toComplete)
		for _, acc := range accounts {
			if strings.HasPrefix(strings.ToLower(acc.ID), lower) {
				out = append(out, acc.ID+"\t"+acc.Name)
			}
			if strings.HasPrefix(strings.ToLower(acc.Name), lower) {
				out = append(out, acc.Name+"\t"+acc.ID)
			}
		}
		return out, err
	})
}

// completeProducts offers "PRODUCT_ID=" for every product of the catalogue.
func (a *app) completeProducts(ctx context.Context) []string {
	return a.completeFrom(func(st *data.Store) ([]string, error) {
		cat, err := st.Catalog(ctx)
		var out []string
		for id, p := range cat.Products {
			out = append(out, id+"=\t"+p.Name)
		}
		return out, err
	})
}

// completeOwners offers the owners of accounts.
func (a *app) completeOwners(ctx context.Context) []string {
	return a.completeFrom(func(st *data.Store) ([]string, error) { return st.Owners(ctx) })
}
