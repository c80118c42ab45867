package vn.congdoan.notification.delivery;

/**
 * The ways a notification reaches an officer (a webhook reaches the system the officer named). ZALO and SMS are named so that officers can already
 * choose them; until an adapter implements {@link Channel} for them, their notifications fail
 * with that reason instead of vanishing.
 */
public enum ChannelType {
    IN_APP(false), EMAIL(true), WEBHOOK(false), ZALO(true), SMS(true);

    private final boolean interrupts;

    ChannelType(boolean interrupts) {
        this.interrupts = interrupts;
    }

    /** Whether delivery disturbs the officer, so that quiet hours hold it back. */
    public boolean interrupts() {
        return interrupts;
    }
}
