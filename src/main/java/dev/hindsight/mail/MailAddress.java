package dev.hindsight.mail;

import dev.hindsight.kernel.InvalidInput;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/** Checks an e-mail address as people type it: one bare address, no display name, nothing that could end a header. */
public final class MailAddress {

    /** RFC 5321's limit on a path, which an address must fit in. */
    public static final int MAX = 254;
    /** One local part, an at sign, a domain with at least one dot or "localhost"; no spaces, quotes or brackets. */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private MailAddress() {
    }

    /**
     * The address, stripped, if it is one; else {@link InvalidInput} naming {@code field}.
     *
     * @throws InvalidInput when the value is not a single plain address of at most {@link #MAX} characters
     */
    public static String check(String field, String value) {
        String address = value == null ? "" : value.strip();
        if (address.length() > MAX) {
            throw InvalidInput.of(field, "is longer than " + MAX + " characters");
        }
        if (!BARE.matcher(address).matches()) {
            throw InvalidInput.of(field, "'" + shown(address) + "' is not an e-mail address (like priya@example.com)");
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw InvalidInput.of(field, "'" + shown(address) + "' is not an e-mail address: " + e.getMessage());
        }
        return address;
    }

    /** The value as it may appear in an error message: one line, bounded. */
    private static String shown(String value) {
        String line = Notice.oneLine(value);
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
