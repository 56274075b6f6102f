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

@Command(name = "users", mixinStandardHelpOptions = true, description = "List local accounts, create one, or "
        + "set a password.", subcommands = {UsersCommand.Create.class, UsersCommand.Password.class})
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
            description = {"Set an account's password, read from standard input (one line). Every browser signed "
                    + "in as that account is signed out.",
                    "Example: printf '%s\\n' \"$PASSWORD\" | hindsight users password admin --password-stdin"})
    static final class Password extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the account name")
        String name;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw InvalidInput.of("--password-stdin", "no password was given on standard input");
            }
            try (Session session = open(config())) {
                new Accounts(session.database(), session.clock()).changePassword(name, password);
                out().println("Set the password of " + name + "; its browser sessions are signed out.");
            }
            return 0;
        }
    }
}
