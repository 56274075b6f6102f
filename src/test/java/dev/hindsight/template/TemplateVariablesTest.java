package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    private static final Path DOC = Path.of("docs/templates.md");
    private static final String START = "<!-- variables:start -->\n";
    private static final String END = "<!-- variables:end -->";

    @Test
    void theDocumentedVariablesAreExactlyTheOnesATemplateCanUse() throws Exception {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(START) + START.length();
        int to = doc.indexOf(END);
        String expected = TemplateVariables.markdown();
        if (Boolean.getBoolean("hindsight.writeDocs")) {
            Files.writeString(DOC, doc.substring(0, from) + expected + doc.substring(to));
            return;
        }
        assertThat(doc.substring(from, to))
                .as("docs/templates.md is out of date: run mvn test -Dtest=TemplateVariablesTest -Dhindsight.writeDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyDocumentedVariableIsAcceptedByTheTemplateCheck() {
        String table = TemplateVariables.markdown();
        StringBuilder template = new StringBuilder();
        for (String line : table.split("\n")) {
            if (line.startsWith("| `") && !line.contains("[]")) {
                String name = line.substring(3, line.indexOf('`', 3));
                template.append("{{").append(name).append("}}\n");
            }
        }
        assertThat(DocumentTemplate.compile("all", template.toString(), TimeStyle.ISO_24)).isNotNull();
    }
}
