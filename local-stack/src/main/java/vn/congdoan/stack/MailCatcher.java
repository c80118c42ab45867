package vn.congdoan.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server that keeps every message, in the launcher's process (GreenMail): the
 * notification service's e-mail lands here. Read a recipient's mail over IMAP, login and password
 * both the address: {@code curl --user 'a@b.vn:a@b.vn' 'imap://127.0.0.1:1143/INBOX;MAILINDEX=1'}.
 */
final class MailCatcher implements AutoCloseable {
    static final int SMTP_PORT = 1025;
    static final int IMAP_PORT = 1143;

    private final GreenMail greenMail;

    private MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailCatcher start() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new MailCatcher(greenMail);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
