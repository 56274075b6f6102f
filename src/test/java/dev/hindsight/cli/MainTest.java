package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names its command builds only that command (start-up time, issue 14), and nothing a person sees
 * differs from the whole command line's.
 */
class MainTest {

    private static Main main() {
        return new Main(Clock.systemUTC(), Map.of());
    }

    @Test
    void aRunNamingOneCommandBuildsThatCommandAlone() {
        assertThat(Main.commandLine(main(), new String[] {"lint", "a.md"}).getSubcommands()).containsOnlyKeys("lint");
    }

    @Test
    void helpAnOptionOrAnUnknownWordBuildsEveryCommand() {
        int every = Main.commandLine(main()).getSubcommands().size();
        assertThat(every).isGreaterThan(20);
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "lint"},
                new String[] {"lnt", "a.md"}, new String[] {"--version"})) {
            assertThat(Main.commandLine(main(), args).getSubcommands()).as(String.join(" ", args)).hasSize(every);
        }
    }

    @Test
    void everyCommandBuiltAloneReadsAndExplainsItselfAsInTheWholeCommandLine() {
        CommandLine whole = Main.commandLine(main());
        List<String> compared = new ArrayList<>();
        whole.getSubcommands().forEach((name, command) -> {
            CommandLine alone = Main.commandLine(main(), new String[] {name}).getSubcommands().get(name);
            assertThat(alone).as(name).isNotNull();
            compare(command, alone, compared);
        });
        assertThat(compared).contains("hindsight lint", "hindsight lint settings", "hindsight serve",
                "hindsight actions done");
    }

    @Test
    void theWholeCommandLineListsEveryCommandInItsHelp() {
        String usage = Main.commandLine(main()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(usage).contains("serve", "lint", "import", "review", "calendar", "help");
        assertThat(usage.indexOf("  serve")).isLessThan(usage.indexOf("  lint")).isLessThan(usage.indexOf("  help"));
    }

    @Test
    void anUnknownOptionOfTheNamedCommandIsRefusedAsBefore() {
        StringWriter alone = new StringWriter();
        int code = Main.run(Clock.systemUTC(), Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(alone),
                "lint", "--nonsense", "a.md");
        StringWriter whole = new StringWriter();
        CommandLine all = Main.commandLine(main());
        all.setErr(new PrintWriter(whole));
        all.setOut(new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(all.execute("lint", "--nonsense", "a.md")).isEqualTo(2);
        assertThat(alone.toString()).isEqualTo(whole.toString()).contains("--nonsense");
    }

    /** The usage message, options and subcommands of a command and of every command under it. */
    private static void compare(CommandLine expected, CommandLine actual, List<String> compared) {
        String name = expected.getCommandSpec().qualifiedName();
        assertThat(actual.getCommandSpec().qualifiedName()).isEqualTo(name);
        assertThat(actual.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
                .isEqualTo(expected.getUsageMessage(CommandLine.Help.Ansi.OFF));
        assertThat(actual.getCommandSpec().options().stream().map(o -> o.longestName() + " " + o.defaultValue()
                + " " + o.arity()).toList()).as(name).isEqualTo(expected.getCommandSpec().options().stream()
                .map(o -> o.longestName() + " " + o.defaultValue() + " " + o.arity()).toList());
        assertThat(actual.isAllowSubcommandsAsOptionParameters()).as(name)
                .isEqualTo(expected.isAllowSubcommandsAsOptionParameters());
        assertThat(actual.getExecutionExceptionHandler() != null).as(name)
                .isEqualTo(expected.getExecutionExceptionHandler() != null);
        assertThat(actual.getSubcommands().keySet()).as(name).isEqualTo(expected.getSubcommands().keySet());
        compared.add(name);
        expected.getSubcommands().forEach((sub, command) -> compare(command, actual.getSubcommands().get(sub),
                compared));
    }
}
