package dev.hindsight.web;

import dev.hindsight.kernel.NetworkAddress;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of the person at the other end, which sign-in limits count by. Behind a reverse proxy every
 * request comes from the proxy, so each configured proxy's {@code X-Forwarded-For} is believed: read from the
 * right, the first hop that is not a trusted proxy is the client. Nobody else's header is believed, since a
 * client writes what it likes there.
 */
final class ClientAddress {
    private static final Pattern PORTED = Pattern.compile("(?:([0-9.]+)|\\[([0-9A-Fa-f:.]+)])(?::[0-9]{1,5})");
    private final Set<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(NetworkAddress::canonical).toList());
    }

    String of(Context ctx) {
        String peer = NetworkAddress.canonical(ctx.ip());
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(withoutPort(hop.strip()));
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (NetworkAddress.parse(hops.get(i)).isEmpty()) {
                // A trusted proxy only ever adds addresses; anything else was written before the first of them.
                return client;
            }
            client = NetworkAddress.canonical(hops.get(i));
            if (!trustedProxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    /** Some proxies write the client's port too: {@code 192.0.2.7:51234}, {@code [2001:db8::7]:51234}. */
    private static String withoutPort(String hop) {
        Matcher ported = PORTED.matcher(hop);
        return ported.matches() ? (ported.group(1) != null ? ported.group(1) : ported.group(2)) : hop;
    }
}
