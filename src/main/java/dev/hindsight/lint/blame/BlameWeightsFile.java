package dev.hindsight.lint.blame;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * The learned stage's weights as the jar carries them ({@code lint/blame-weights.bin}): {@link BlameWeights}'s own
 * arrays, hash tables included, one after the other, each behind its length. A one-file {@code hindsight lint} read
 * the library's model (600 KB of its own format) and laid it out afresh on every run, before the JIT had compiled any
 * of it: about a third of the run's main thread. Read in bulk from this form, it is a few milliseconds.
 * <p>
 * The file is made from {@code lint/blame-model.bin}, the trained model, which stays in the jar and in the rule
 * data's digest: {@code BlameWeightsFileTest} fails unless the file is exactly what the model lays out to, so the
 * digest of the model stands for both (the tests' {@code BlameWeightsExport} writes it again after training).
 * Stateless.
 */
final class BlameWeightsFile {

    static final String RESOURCE = "/lint/blame-weights.bin";
    /** "HSBW", then the layout's version: a change of {@link BlameWeights}' arrays is a new version. */
    private static final int MAGIC = 0x48534257;
    private static final int VERSION = 1;

    private BlameWeightsFile() {
    }

    static byte[] write(BlameWeights w) {
        int size = 4 * 4 + 8 + 7 * 4 + 2 * w.chars.length + 4 * (w.starts.length + w.wordSlots.length
                + w.pairSlots.length) + 8 * (w.wordWeights.length + w.pairKeys.length + w.pairWeights.length);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(MAGIC).putInt(VERSION).putInt(w.outcomes).putInt(w.blame).putDouble(w.prior);
        out.putInt(w.chars.length);
        out.asCharBuffer().put(w.chars);
        out.position(out.position() + 2 * w.chars.length);
        putInts(out, w.starts);
        putInts(out, w.wordSlots);
        putDoubles(out, w.wordWeights);
        out.putInt(w.pairKeys.length);
        out.asLongBuffer().put(w.pairKeys);
        out.position(out.position() + 8 * w.pairKeys.length);
        putInts(out, w.pairSlots);
        putDoubles(out, w.pairWeights);
        return out.array();
    }

    /** The weights of a file {@link #write} made; anything else, or a cut one, is refused. */
    static BlameWeights read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IllegalStateException(RESOURCE + " is not the weights this build lays out");
            }
            int outcomes = in.getInt();
            int blame = in.getInt();
            double prior = in.getDouble();
            char[] chars = new char[length(in, 2)];
            in.asCharBuffer().get(chars);
            in.position(in.position() + 2 * chars.length);
            int[] starts = ints(in);
            int[] wordSlots = ints(in);
            double[] wordWeights = doubles(in);
            long[] pairKeys = new long[length(in, 8)];
            in.asLongBuffer().get(pairKeys);
            in.position(in.position() + 8 * pairKeys.length);
            int[] pairSlots = ints(in);
            double[] pairWeights = doubles(in);
            // Shallow on purpose: the file is the jar's own and BlameWeightsFileTest holds it byte for byte to the
            // model; a walk over every slot would put back some of the start-up this form saves.
            int words = starts.length - 1;
            if (in.hasRemaining() || outcomes < 2 || blame < 0 || blame >= outcomes || words < 0
                    || starts[words] != chars.length || wordWeights.length != words * outcomes
                    || pairSlots.length != pairKeys.length || pairWeights.length % outcomes != 0
                    || Integer.bitCount(wordSlots.length) != 1 || Integer.bitCount(pairSlots.length) != 1) {
                throw new IllegalStateException(RESOURCE + " does not hold consistent weights");
            }
            return new BlameWeights(outcomes, blame, prior, chars, starts, wordSlots, wordWeights, pairKeys,
                    pairSlots, pairWeights);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NegativeArraySizeException e) {
            throw new IllegalStateException(RESOURCE + " is cut short or damaged", e);
        }
    }

    private static void putInts(ByteBuffer out, int[] values) {
        out.putInt(values.length);
        out.asIntBuffer().put(values);
        out.position(out.position() + 4 * values.length);
    }

    private static void putDoubles(ByteBuffer out, double[] values) {
        out.putInt(values.length);
        out.asDoubleBuffer().put(values);
        out.position(out.position() + 8 * values.length);
    }

    /**
     * An array's length, refused unless that many elements of {@code size} bytes are left: a damaged length would
     * otherwise ask for an array of up to 2 GB before anything noticed.
     */
    private static int length(ByteBuffer in, int size) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining() / size) {
            throw new IllegalStateException(RESOURCE + " is cut short or damaged: an array of " + length
                    + " where " + in.remaining() + " bytes are left");
        }
        return length;
    }

    private static int[] ints(ByteBuffer in) {
        int[] values = new int[length(in, 4)];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    private static double[] doubles(ByteBuffer in) {
        double[] values = new double[length(in, 8)];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + 8 * values.length);
        return values;
    }
}
