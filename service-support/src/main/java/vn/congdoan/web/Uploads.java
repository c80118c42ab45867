package vn.congdoan.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What every upload endpoint needs of an uploaded file's bytes. */
public final class Uploads {
    private Uploads() {
    }

    /** The body as UTF-8 text, refused (400, field {@code body}) when it is not: a mis-saved file must not lose its diacritics. */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.of("body", "is not UTF-8 text");
        }
    }
}
