package vn.congdoan.notification.email;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the decoded text of one part (text/plain, text/html) out of a received multipart email. */
public final class MailParts {
    private MailParts() {
    }

    public static String text(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = text(multipart.getBodyPart(i), mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the " + mimeType + " part", e);
        }
    }
}
