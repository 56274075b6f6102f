package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: where the store is, where output goes, the clock and the environment. */
abstract class CommandBase {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private Main main() {
        return (Main) spec.root().userObject();
    }

    HindsightConfig config() {
        return config(Map.of());
    }

    HindsightConfig config(Map<Setting, String> flags) {
        return store.load(flags, main().environment());
    }

    /** The one clock the command reads "now" from (fixed in tests). */
    java.time.Clock clock() {
        return main().clock();
    }

    Session open(HindsightConfig config) {
        return Session.open(config, main().clock());
    }
}
