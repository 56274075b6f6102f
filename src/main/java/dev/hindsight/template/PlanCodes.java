package dev.hindsight.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.DefaultCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;

/**
 * Mustache's own codes for text, values, sections, inverted sections and comments, made through the compiler's
 * visitor so that each can tell the text that follows its tag. Mustache keeps that text to itself; a
 * {@link RenderPlan} needs it to run the compiled template without Mustache. Anything else a template holds
 * (partials, blocks, pragmas) stays Mustache's own code, and such a template renders through Mustache.
 */
final class PlanCodes {

    private PlanCodes() {
    }

    /** A code whose following text is known. */
    interface Trailing {
        /** The template text after the tag (after the closing tag, for a section); null when there is none. */
        String trailing();
    }

    static final class Visitor extends DefaultMustacheVisitor {
        Visitor(DefaultMustacheFactory factory) {
            super(factory);
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            list.add(new Value(tc, df, variable, encoded));
        }

        @Override
        public void iterable(TemplateContext tc, String variable, Mustache mustache) {
            list.add(new Section(tc, df, mustache, variable));
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
            list.add(new Inverted(tc, df, mustache, variable));
        }

        @Override
        public void comment(TemplateContext tc, String comment) {
            list.add(new Comment(tc, df, comment));
        }

        @Override
        public void write(TemplateContext tc, String text) {
            if (list.isEmpty() && !text.isEmpty()) {
                list.add(new Text(tc, df, text));
            } else {
                super.write(tc, text);
            }
        }

        @Override
        public void eof(TemplateContext tc) {
            list.add(new End());
        }
    }

    static final class Value extends ValueCode implements Trailing {
        Value(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
            super(tc, df, variable, encoded);
        }

        @Override
        public String trailing() {
            return appended;
        }
    }

    static final class Section extends IterableCode implements Trailing {
        Section(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public String trailing() {
            return appended;
        }
    }

    static final class Inverted extends NotIterableCode implements Trailing {
        Inverted(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        public String trailing() {
            return appended;
        }
    }

    static final class Comment extends CommentCode implements Trailing {
        Comment(TemplateContext tc, DefaultMustacheFactory df, String comment) {
            super(tc, df, comment);
        }

        @Override
        public String trailing() {
            return appended;
        }
    }

    static final class Text extends WriteCode implements Trailing {
        Text(TemplateContext tc, DefaultMustacheFactory df, String text) {
            super(tc, df, text);
        }

        @Override
        public String trailing() {
            return appended;
        }
    }

    /** The end of the template: Mustache marks it with a code that writes nothing. */
    static final class End extends DefaultCode implements Trailing {
        @Override
        public String trailing() {
            return appended;
        }
    }
}
