package dev.hindsight.cli;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true, description = "List local accounts, create one, "
        + "reset a password, clear an account's failed sign-ins, or set where its mail goes.",
        subcommands = {UsersCommand.Create.class, UsersCommand.Password.class, UsersCommand.Unlock.class,
                UsersMailCommand.class})
final class UsersCommand extends CommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        try (Session session = open(config())) {
            for (User user : new Accounts(session.database(), session.clock()).users()) {
                out().printf("%-24s %-8s created %s%s%n", user.name(), user.role().code(), user.createdAt(),
                        user.groups().isEmpty() ? "" : ", groups " + String.join(", ", new java.util.TreeSet<>(user.groups())));
            }
        }
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a local account. The password is read from standard input (one line), never "
                    + "from the command line where other users of the machine could see it.",
                    "Example: printf '%s\\n' \"$PASSWORD\" | hindsight users create priya --role editor --password-stdin"})
    static final class Create extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the account name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "viewer, editor or admin")
        String role;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Option(names = "--group", paramLabel = "GROUP", description = "A group the account belongs to (repeat for "
                + "several); restricted incidents can name groups.")
        java.util.List<String> groups = new java.util.ArrayList<>();

        @Override
        public Integer call() throws IOException {
            Role parsed;
            try {
                parsed = Coded.parse(Role.class, role);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("--role", e.getMessage());
            }
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw InvalidInput.of("--password-stdin", "no password was given on standard input");
            }
            try (Session session = open(config())) {
                User user = new Accounts(session.database(), session.clock()).createUser(name, parsed, password,
                        java.util.Set.copyOf(groups));
                out().println("Created " + user.role().code() + " " + user.name() + ".");
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = {"Reset an account's password, read from standard input (one line). Every browser "
                    + "signed in as that account is signed out, its failed sign-ins are cleared, and its API tokens "
                    + "are revoked (whoever had the account may have made some) unless --keep-tokens is given.",
                    "Example: printf '%s\\n' \"$PASSWORD\" | hindsight users password admin --password-stdin"})
    static final class Password extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the account name")
        String name;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Option(names = "--keep-tokens", description = "Keep the account's API tokens working (when the password "
                + "was only forgotten, not taken).")
        boolean keepTokens;

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw InvalidInput.of("--password-stdin", "no password was given on standard input");
            }
            try (Session session = open(config())) {
                int revoked = new Accounts(session.database(), session.clock()).resetPassword(name, password,
                        keepTokens);
                out().println("Set the password of " + name + "; its browser sessions are signed out"
                        + (keepTokens ? " and its API tokens kept." : " and " + revoked + " API token"
                        + (revoked == 1 ? "" : "s") + " revoked."));
            }
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"Clear an account's failed sign-ins from every address, so that nobody has to wait "
                    + "before signing in to it. Works while the server runs.",
                    "Example: hindsight users unlock admin"})
    static final class Unlock extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the account name")
        String name;

        @Override
        public Integer call() {
            try (Session session = open(config())) {
                Accounts accounts = new Accounts(session.database(), session.clock());
                if (accounts.user(name).isEmpty()) {
                    throw new dev.hindsight.kernel.NotFound("user '" + name + "'");
                }
                accounts.throttle().unlock(name);
                out().println("Cleared the failed sign-ins of " + name + "; it can sign in from anywhere now.");
            }
            return 0;
        }
    }
}
