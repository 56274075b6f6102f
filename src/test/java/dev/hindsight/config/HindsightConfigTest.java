package dev.hindsight.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.severity.SeverityScale;
import dev.hindsight.store.DatabaseKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HindsightConfigTest {

    @TempDir
    Path dir;

    private HindsightConfig load(Map<Setting, String> flags, Map<String, String> env) {
        // No file named: ./hindsight.properties would be read if present; the repository has none.
        return HindsightConfig.load(flags, env, null);
    }

    @Test
    void theDefaultsRunOnALaptopWithEmbeddedSqlite() {
        HindsightConfig config = load(Map.of(), Map.of("USER", "priya"));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("./hindsight-data"));
        assertThat(config.databaseKind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(config.severityScale()).isEqualTo(SeverityScale.SEV_LEVELS);
        assertThat(config.author()).isEqualTo("priya");
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
        Path file = dir.resolve("hindsight.properties");
        Files.writeString(file, "port = 7000\nseverity-scale = criticality\ntime-zone = Europe/Berlin\n");

        HindsightConfig config = HindsightConfig.load(Map.of(Setting.PORT, "9000"),
                Map.of("HINDSIGHT_PORT", "8000", "HINDSIGHT_TIME_ZONE", "America/Los_Angeles"), file);

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.timeZone()).hasToString("America/Los_Angeles");
        assertThat(config.severityScale()).isEqualTo(SeverityScale.CRITICALITY);
    }

    @Test
    void everyBadValueIsReportedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> load(Map.of(Setting.PORT, "eighty"), Map.of("HINDSIGHT_TIME_ZONE", "Mars/Olympus",
                "HINDSIGHT_SEVERITY_SCALE", "spicy", "HINDSIGHT_DATABASE_URL", "jdbc:mysql://db/x")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("--port", "HINDSIGHT_SEVERITY_SCALE", "HINDSIGHT_TIME_ZONE",
                                "HINDSIGHT_DATABASE_URL"));
    }

    @Test
    void trustedProxiesAreAddressesNeverNamesToLookUp() {
        HindsightConfig config = load(Map.of(), Map.of("HINDSIGHT_TRUSTED_PROXIES", " 10.0.0.5, fd00::5 ,"));

        assertThat(config.trustedProxies()).containsExactly("10.0.0.5", "fd00:0:0:0:0:0:0:5");
        assertThatThrownBy(() -> load(Map.of(), Map.of("HINDSIGHT_TRUSTED_PROXIES", "10.0.0.5, proxy.internal")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::problem)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("HINDSIGHT_TRUSTED_PROXIES",
                                "'proxy.internal' is not an IP address (name each proxy by its address, such as "
                                        + "10.0.0.5 or fd00::5)")));
        assertThat(load(Map.of(), Map.of()).trustedProxies()).isEmpty();
    }

    @Test
    void theFollowThroughPoliciesDefaultToTheSeedsAndAreChosenBySetting() {
        HindsightConfig defaults = load(Map.of(), Map.of());
        assertThat(defaults.conventions().actionPolicy().name()).isEqualTo("p-levels");
        assertThat(defaults.conventions().approvalPolicy().requiredRoles())
                .containsExactly("Incident Commander", "Technical Lead", "Engineering Manager");
        assertThat(defaults.conventions().approvalPolicy().renewAfterChange()).isTrue();
        assertThat(defaults.conventions().reviewCadence().steps()).hasSize(4);

        HindsightConfig chosen = load(Map.of(), Map.of("HINDSIGHT_ACTION_POLICY", "horizon-months",
                "HINDSIGHT_APPROVAL_ROLES", " Service Owner ,, SRE Lead", "HINDSIGHT_APPROVALS_RENEW", "FALSE",
                "HINDSIGHT_REVIEW_CADENCE", "P2W Check everything"));
        assertThat(chosen.conventions().actionPolicy().label(dev.hindsight.actions.Priority.P0))
                .isEqualTo("Immediate");
        assertThat(chosen.conventions().approvalPolicy().requiredRoles()).containsExactly("Service Owner", "SRE Lead");
        assertThat(chosen.conventions().approvalPolicy().renewAfterChange()).isFalse();
        assertThat(chosen.conventions().reviewCadence().steps()).hasSize(1);
    }

    @Test
    void aBadFollowThroughSettingIsReportedNamingIt() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("HINDSIGHT_ACTION_POLICY", "asap",
                "HINDSIGHT_APPROVALS_RENEW", "sometimes", "HINDSIGHT_REVIEW_CADENCE", "weekly")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("HINDSIGHT_ACTION_POLICY",
                                "HINDSIGHT_APPROVALS_RENEW", "HINDSIGHT_REVIEW_CADENCE"));
    }

    @Test
    void anSqliteUrlIsRefusedInFavourOfTheDataDirectory() {
        assertThatThrownBy(() -> load(Map.of(Setting.DATABASE_URL, "jdbc:sqlite:/tmp/x.db"), Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("--data");
    }

    @Test
    void anUnknownKeyInTheConfigFileIsAnError() throws Exception {
        Path file = dir.resolve("hindsight.properties");
        Files.writeString(file, "prot = 8080\n");

        assertThatThrownBy(() -> HindsightConfig.load(Map.of(), Map.of(), file))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("prot").hasMessageContaining("port");
    }

    @Test
    void thePasswordNeverAppearsInTextAboutTheConfiguration() {
        HindsightConfig config = load(Map.of(Setting.DATABASE_URL,
                "jdbc:postgresql://db:5432/hindsight?user=app&password=hunter2", Setting.DATABASE_PASSWORD,
                "s3cret-pass"), Map.of());

        assertThat(config.toString()).doesNotContain("hunter2", "s3cret-pass");
        assertThat(config.describeStore()).doesNotContain("hunter2").contains("password=****");
        assertThat(Secrets.maskUrl("jdbc:postgresql://app:pw123@db/h")).doesNotContain("pw123");
    }
}
