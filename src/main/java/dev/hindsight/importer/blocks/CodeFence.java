package dev.hindsight.importer.blocks;

/**
 * A Markdown code fence ("```", "~~~"), followed line by line by the passes that make other markups Markdown's:
 * what stands inside one is code, left as written and never taken for another markup's marks. Stateless.
 */
final class CodeFence {

    private CodeFence() {
    }

    /**
     * Whether the line (stripped) is inside a fence, or opens one.
     *
     * @param fence the fence open before the line, or null
     */
    static boolean touches(String fence, String bare) {
        return fence != null || bare.startsWith("```") || bare.startsWith("~~~");
    }

    /** The fence open after a line that {@link #touches} one: opened by it, still open, or closed by it (null). */
    static String after(String fence, String bare) {
        return fence == null ? bare.substring(0, 3) : bare.startsWith(fence) ? null : fence;
    }
}
