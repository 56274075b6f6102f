package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.NotFound;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A revision keeps the access it was written under: lifting a restriction shows the incident from then on,
 * not what was written while it was restricted; the operator (backups) still sees every revision.
 */
abstract class RevisionAccessContract extends StoreContract {

    private final Principal priya = Principal.of("priya", Set.of());
    private final Principal outsider = Principal.of("jonas", Set.of("payments"));

    /** Revision 1 open, 2 and 3 restricted to priya (3 holds the secret), 4 open again. */
    private String openedAfterARestrictedPeriod() {
        PostMortem first = incidents.as(priya).create(PostMortem.draft("Login failures"), "priya");
        Access onlyPriya = new Access(true, List.of("priya"), List.of());
        PostMortem second = incidents.as(priya).update(first.id(), 1, first.toBuilder().access(onlyPriya).build(),
                "priya");
        PostMortem third = incidents.as(priya).update(first.id(), 2, second.toBuilder()
                .title("Login failures: leaked signing key").build(), "priya");
        incidents.as(priya).update(first.id(), 3, third.toBuilder().title("Login failures")
                .access(Access.open()).build(), "priya");
        return first.id();
    }

    @Test
    void revisionsWrittenWhileRestrictedStayHiddenOnceTheRestrictionIsLifted() {
        String id = openedAfterARestrictedPeriod();

        assertThat(incidents.as(outsider).get(id).title()).isEqualTo("Login failures");
        assertThat(incidents.as(outsider).history(id)).extracting(StoredRevision::revision).containsExactly(1, 4);
        assertThatThrownBy(() -> incidents.as(outsider).revision(id, 3)).isInstanceOf(NotFound.class)
                .hasMessage("revision 3 of incident " + id);
        assertThatThrownBy(() -> incidents.as(outsider).revision(id, 99)).isInstanceOf(NotFound.class)
                .hasMessage("revision 99 of incident " + id);
        assertThat(incidents.as(outsider).revision(id, 4).title()).isEqualTo("Login failures");
    }

    @Test
    void whoeverARestrictedRevisionNamedAndTheOperatorStillSeeIt() {
        String id = openedAfterARestrictedPeriod();

        assertThat(incidents.as(priya).history(id)).extracting(StoredRevision::revision).containsExactly(1, 2, 3, 4);
        assertThat(incidents.as(priya).revision(id, 3).title()).contains("leaked signing key");
        assertThat(incidents.as(Principal.operator()).history(id)).hasSize(4);
        assertThat(incidents.history(id)).hasSize(4);
    }
}
