package dev.hindsight.cli;

import dev.hindsight.auth.Accounts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "API tokens for automation, sent as 'Authorization: Bearer TOKEN'.",
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a token for a user and print it once: it is stored only as a digest.")
    static final class Create extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "USER", description = "whose token it is (it acts with that user's role)")
        String user;

        @Option(names = "--label", paramLabel = "TEXT", description = "What it is for, e.g. \"alertmanager\".")
        String label;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                Accounts.NewToken token = new Accounts(session.database(), session.clock()).createToken(user, label);
                out().println(token.secret());
                spec.commandLine().getErr().println("Token " + token.token().id() + " for " + user
                        + ". This is the only time it is shown; revoke it with: hindsight tokens revoke "
                        + token.token().id());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a user's tokens (never the tokens).")
    static final class ListTokens extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "USER", description = "whose tokens")
        String user;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                for (Accounts.Token t : new Accounts(session.database(), session.clock()).tokens(user)) {
                    out().printf("%-14s %-24s created %s%s%n", t.id(), t.label(), t.createdAt(),
                            t.revokedAt() == null ? "" : ", revoked " + t.revokedAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a token; a running server refuses it within a second.")
    static final class Revoke extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the token's id (from tokens list)")
        String id;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                new Accounts(session.database(), session.clock()).revokeToken(id);
                out().println("Revoked token " + id + ".");
            }
            return 0;
        }
    }
}
