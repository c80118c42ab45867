package vn.congdoan.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code notification.email.from}: the sender officers see, e.g. {@code "LĐLĐ tỉnh <thongbao@...>"}. */
@ConfigurationProperties("notification.email")
record EmailProperties(@DefaultValue("thongbao@congdoan.local") String from) {
}
