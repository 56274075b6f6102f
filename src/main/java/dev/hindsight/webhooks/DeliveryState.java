package dev.hindsight.webhooks;

import dev.hindsight.kernel.Coded;

/** Where a delivery stands. Written in the database and the API by its code. */
public enum DeliveryState implements Coded {
    /** Not delivered yet: waiting for its next attempt (or for an earlier event of its incident). */
    PENDING("pending"),
    /** The receiver answered 2xx. */
    DELIVERED("delivered"),
    /** Every attempt of the retry schedule failed, or the receiver answered 410 Gone. */
    FAILED("failed");

    private final String code;

    DeliveryState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
