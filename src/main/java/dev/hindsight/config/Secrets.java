package dev.hindsight.config;

import java.util.regex.Pattern;

/** Keeps secrets out of logs and messages. */
public final class Secrets {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&]*");
    private static final Pattern URL_USERINFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private Secrets() {
    }

    /** A database URL with any password in it replaced by {@code ****}. */
    public static String maskUrl(String url) {
        if (url == null) {
            return "";
        }
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return URL_USERINFO.matcher(masked).replaceAll("$1****@");
    }
}
