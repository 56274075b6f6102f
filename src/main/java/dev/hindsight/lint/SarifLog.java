package dev.hindsight.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, the format code hosts read to annotate a pull request: one run, the rules that
 * fired described once, and each result with its rule, level, message and the file, line and column it is at.
 * Stateless.
 */
public final class SarifLog {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifLog() {
    }

    public static String of(List<Located> findings, String toolVersion) {
        ObjectNode log = Json.mapper().createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "hindsight-lint");
        driver.put("version", toolVersion);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        ArrayNode results = run.putArray("results");
        for (Located located : findings) {
            Finding f = located.finding();
            Integer index = ruleIndex.get(f.rule());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(f.rule(), index);
                ObjectNode rule = rules.addObject();
                rule.put("id", f.rule());
                rule.putObject("shortDescription").put("text", f.why());
                rule.putObject("help").put("text", f.suggestion());
                rule.putObject("defaultConfiguration").put("level", f.level().code());
            }
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule());
            result.put("ruleIndex", index);
            result.put("level", f.level().code());
            result.putObject("message").put("text", f.why() + " " + f.suggestion());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", located.file());
            if (located.hasLine()) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", located.line());
                region.put("startColumn", located.column());
                region.put("endLine", located.endLine());
                region.put("endColumn", Math.max(located.column(), located.endColumn()));
                if (!f.excerpt().isEmpty()) {
                    region.putObject("snippet").put("text", f.excerpt());
                }
            }
            result.putObject("properties").put("field", f.field());
        }
        return Json.writePretty(log);
    }
}
