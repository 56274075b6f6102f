package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
        "/%09/evil.example", "/%5Cevil.example", "/%5cevil.example", "https://evil.example", "http:evil.example",
        "HTTPS://evil.example/incidents", "/%2F%2Fevil.example", "/%2f/evil.example", "%2F%2Fevil.example",
        "/%252F%252Fevil.example", "/%25252F%25252Fevil.example", "\t//evil.example", "/\t/evil.example",
        "/\n/evil.example", "/\r\n/evil.example", " //evil.example", "/ /evil.example", "/\u00a0/evil.example",
        "/\u3000/evil.example", "/\u2028/evil.example", "/%E3%80%80/evil.example", "/%0A/evil.example",
        "/%00/evil.example", "javascript:alert(1)", "evil.example", "incidents", "/%", "/%zz", "/signin",
        "/signin?next=//evil.example", "/incidents\u0000"})
    void anythingAReaderCouldTakeForAnotherSiteGoesHome(String requested) {
        assertThat(ReturnPath.onThisSite(requested)).isEqualTo(ReturnPath.HOME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/incidents", "/incidents?status=draft", "/incidents?text=foo%20bar&order=updated",
        "/incidents/INC-2026-0001?saved=summary#summary", "/incidents/INC-1/history?from=3&to=5",
        "/account", "/incidents?next=//not-a-target-here"})
    void aPathOnThisSiteIsKeptAsItIs(String requested) {
        assertThat(ReturnPath.onThisSite(requested)).isEqualTo(requested);
    }

    @ParameterizedTest
    @ValueSource(ints = {2049, 100_000})
    void anOverlongTargetGoesHome(int length) {
        assertThat(ReturnPath.onThisSite("/" + "a".repeat(length - 1))).isEqualTo(ReturnPath.HOME);
    }
}
