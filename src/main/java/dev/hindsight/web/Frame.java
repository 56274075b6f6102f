package dev.hindsight.web;

/**
 * What every page's frame shows: who is signed in and what they may do, the CSRF token its forms send back, and
 * a one-line notice after a change ("Saved.").
 */
public record Frame(String title, String user, String role, String csrf, boolean canEdit, boolean isAdmin,
                    String notice) {
    /** The frame of the sign-in page: nobody signed in yet. */
    public static Frame anonymous(String title) {
        return new Frame(title, null, null, null, false, false, null);
    }

    public boolean signedIn() {
        return user != null;
    }
}
