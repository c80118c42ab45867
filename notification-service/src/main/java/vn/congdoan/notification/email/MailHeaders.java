package vn.congdoan.notification.email;

import java.nio.charset.StandardCharsets;

/**
 * What may go into a mail header from data: never raw input. An id becomes a token of a safe
 * alphabet (anything else percent-encoded, so CR and LF cannot start a forged header line); a
 * text (a subject) has its line breaks and other control characters turned into spaces.
 */
final class MailHeaders {
    private static final String SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~:|/+,-";

    private MailHeaders() {
    }

    /** {@code value} with every byte outside the safe alphabet written as {@code %XX}. */
    static String token(String value) {
        StringBuilder token = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && SAFE.indexOf(b) >= 0) {
                token.append((char) b);
            } else {
                token.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return token.toString();
    }

    /** {@code value} on one line: control characters (CR, LF, tab, …) become spaces. */
    static String text(String value) {
        return value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
