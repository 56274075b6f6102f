package dev.hindsight.review;

import dev.hindsight.kernel.Text;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A reviewer or approver of the post-mortem: who, in what role, what they said and when.
 *
 * @param name     who, as the document names them
 * @param role     the role they approve in ("Technical Lead"); the organisation decides which roles must approve
 * @param state    not reviewed, LGTM or changes requested
 * @param date     the day they gave their verdict
 * @param account  the account that may record their verdict (empty: the account named like {@code name})
 * @param comment  what they said with it
 * @param revision the record's revision the verdict was given on (0 when not known, as for imported documents)
 * @param outdated true when what they reviewed changed after their verdict
 */
public record Reviewer(String name, String role, ReviewState state, LocalDate date, String account, String comment,
                       int revision, boolean outdated) {
    public Reviewer {
        name = Text.orEmpty(name).strip();
        role = Text.orEmpty(role).strip();
        state = state == null ? ReviewState.NOT_REVIEWED : state;
        account = Text.orEmpty(account).strip();
        comment = Text.orEmpty(comment);
    }

    /** A reviewer as documents write them: a name, a role, a verdict and its date. */
    public Reviewer(String name, String role, ReviewState state, LocalDate date) {
        this(name, role, state, date, null, null, 0, false);
    }

    /** The account that answers for this reviewer: the one named, else the name itself. */
    public String answeringAccount() {
        return account.isEmpty() ? name : account;
    }

    /**
     * The reviewer's place in a review, the same from revision to revision: who answers, in which role, ignoring
     * case. A verdict is followed across changes by it.
     */
    public String seat() {
        return answeringAccount().toLowerCase(Locale.ROOT) + "\u0000" + role.toLowerCase(Locale.ROOT);
    }

    /** True when {@code user} is the person who may record this reviewer's verdict. */
    public boolean isAnsweredBy(String user) {
        return user != null && !user.isBlank()
                && answeringAccount().toLowerCase(Locale.ROOT).equals(user.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * An approval that counts towards making the post-mortem final here: LGTM, given in Hindsight (a verdict read
     * from a document, revision 0, records the past but approves nothing now), and either on the current content or
     * renewal is not required.
     */
    public boolean approves(boolean renewAfterChange) {
        return state == ReviewState.LGTM && revision > 0 && !(outdated && renewAfterChange);
    }

    /** True for a verdict read from a document rather than given in Hindsight. */
    public boolean fromDocument() {
        return state != ReviewState.NOT_REVIEWED && revision == 0;
    }

    public Reviewer withVerdict(ReviewState verdict, LocalDate on, String said, int atRevision) {
        return new Reviewer(name, role, verdict, on, account, said, atRevision, false);
    }

    public Reviewer markedOutdated() {
        return new Reviewer(name, role, state, date, account, comment, revision, true);
    }
}
