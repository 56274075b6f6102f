package dev.hindsight.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written as text (a request's peer, an X-Forwarded-For hop, a configured proxy), read without
 * ever asking DNS: {@link InetAddress#getByName} looks up anything that is not a literal, so only text shaped
 * like one reaches it.
 */
public final class NetworkAddress {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex digits and colons (a dotted IPv4 tail allowed), optionally in brackets, with a numeric zone. */
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(%[0-9]+)?]?");
    private static final int LONGEST = 64;

    private NetworkAddress() {
    }

    /** The address, if the text is an IPv4 or IPv6 literal; IPv4-mapped IPv6 reads as IPv4. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.isEmpty() || literal.length() > LONGEST
                || !(IPV4.matcher(literal).matches() || IPV6.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The address in one canonical spelling, or the text itself (stripped) when it is not an address. */
    public static String canonical(String text) {
        return parse(text).map(InetAddress::getHostAddress).orElse(text == null ? "" : text.strip());
    }
}
