package dev.hindsight.auth;

import dev.hindsight.kernel.Coded;
import java.util.Locale;

/** What an account may do: viewers read, editors also write, admins also manage accounts and templates. */
public enum Role implements Coded {
    VIEWER, EDITOR, ADMIN;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role may do what {@code needed} may. */
    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
