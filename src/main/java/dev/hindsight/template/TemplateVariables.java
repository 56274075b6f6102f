package dev.hindsight.template;

import java.util.List;
import java.util.Map;

/**
 * The reference of every variable a document template can use, with an example value from {@link Specimen}:
 * the table in docs/templates.md is this output, and a test keeps the two the same.
 */
public final class TemplateVariables {

    private TemplateVariables() {
    }

    /** A Markdown table: variable, kind, example. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| Variable | Kind | Example |\n|---|---|---|\n");
        walk("", TemplateCheck.variables(), out);
        return out.toString();
    }

    private static void walk(String prefix, Map<?, ?> values, StringBuilder out) {
        for (Map.Entry<?, ?> e : values.entrySet()) {
            String name = prefix + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map<?, ?> child) {
                out.append(row(name, "section", ""));
                walk(name + ".", child, out);
            } else if (value instanceof List<?> list) {
                out.append(row(name, "list (" + list.size() + " in the example)", ""));
                if (!list.isEmpty() && list.get(0) instanceof Map<?, ?> item) {
                    walk(name + "[].", item, out);
                }
            } else if (value instanceof Boolean flag) {
                out.append(row(name, "yes/no", flag.toString()));
            } else {
                out.append(row(name, "text", String.valueOf(value)));
            }
        }
    }

    private static String row(String name, String kind, String example) {
        String shown = example.replace("|", "\\|").replace("\n", " ");
        if (shown.length() > 70) {
            shown = shown.substring(0, 67) + "...";
        }
        return "| `" + name + "` | " + kind + " | " + (shown.isEmpty() ? "" : "`" + shown.replace("`", "'") + "`")
                + " |\n";
    }

    /** Prints the table, for regenerating the docs by hand. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
