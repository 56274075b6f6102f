package dev.hindsight.template;

import com.github.mustachejava.MustacheException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template that cannot be used: what is wrong, and on which line. */
public final class TemplateProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern LINE = Pattern.compile("[:@\\[]\\s*(\\d+)\\]?\\s*$");

    private final String template;
    private final int line;

    public TemplateProblem(String template, int line, String problem) {
        super(template + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.template = template;
        this.line = line;
    }

    static TemplateProblem fromCompiler(String template, MustacheException e) {
        String message = e.getMessage() == null ? "cannot be compiled" : e.getMessage();
        Matcher m = LINE.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
        String plain = message.replaceAll("\\s*@?\\[[^\\]]*\\]\\s*$", "")
                .replaceAll(" in " + Pattern.quote(template) + ":\\d+", "");
        return new TemplateProblem(template, line, plain);
    }

    public String template() {
        return template;
    }

    /** 1-based; 0 when unknown. */
    public int line() {
        return line;
    }
}
