package dev.hindsight.cli;

import dev.hindsight.auth.Accounts;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.mail.MailPreferences;
import dev.hindsight.mail.Subscribers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "email", mixinStandardHelpOptions = true,
        description = {"Set an account's e-mail address and which mails it gets: review requests, verdicts on its "
                + "incidents, its overdue action items (all on unless turned off) and a daily digest (off unless "
                + "turned on). Without changes, shows the current ones.",
                "Example: hindsight users email priya priya@example.com --digest on"})
final class UsersMailCommand extends CommandBase implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "the account name")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ADDRESS", description = "the e-mail address")
    String address;

    @Option(names = "--remove", description = "Remove the address: the account gets no mail.")
    boolean remove;

    @Option(names = "--digest", paramLabel = "on|off", description = "The daily digest of open and overdue items "
            + "and reviews waiting.")
    String digest;

    @Option(names = "--reviews", paramLabel = "on|off", description = "Mail when asked to review.")
    String reviews;

    @Option(names = "--verdicts", paramLabel = "on|off", description = "Mail when an incident one owns or wrote "
            + "is approved or changes are requested.")
    String verdicts;

    @Option(names = "--overdue", paramLabel = "on|off", description = "Mail when one's action item is overdue.")
    String overdue;

    @Override
    public Integer call() {
        if (remove && address != null) {
            throw InvalidInput.of("ADDRESS", "give an address or --remove, not both");
        }
        try (Session session = open(config())) {
            if (new Accounts(session.database(), session.clock()).user(name).isEmpty()) {
                throw new NotFound("user '" + name + "'");
            }
            Subscribers subscribers = new Subscribers(session.database(), session.clock());
            MailPreferences was = subscribers.preferences(name);
            MailPreferences now = was.withNotifications(flag("--reviews", reviews, was.reviewRequests()),
                            flag("--verdicts", verdicts, was.verdicts()), flag("--overdue", overdue, was.overdueItems()))
                    .withDailyDigest(flag("--digest", digest, was.dailyDigest()));
            if (remove) {
                now = now.withAddress(null);
            } else if (address != null) {
                try {
                    now = now.withAddress(address);
                } catch (InvalidInput e) {
                    throw InvalidInput.of("ADDRESS", e.problems().get(0).problem());
                }
            }
            if (!now.equals(was)) {
                subscribers.save(now);
            }
            out().println(describe(now));
        }
        return 0;
    }

    private static boolean flag(String option, String value, boolean current) {
        if (value == null) {
            return current;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> throw InvalidInput.of(option, "'" + value + "' is not on or off");
        };
    }

    static String describe(MailPreferences p) {
        if (p.address() == null) {
            return p.account() + " has no e-mail address: no mail is sent to it.";
        }
        return p.account() + " <" + p.address() + ">: review requests " + onOff(p.reviewRequests()) + ", verdicts "
                + onOff(p.verdicts()) + ", overdue items " + onOff(p.overdueItems()) + ", daily digest "
                + onOff(p.dailyDigest()) + ".";
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
