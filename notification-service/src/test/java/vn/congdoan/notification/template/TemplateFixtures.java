package vn.congdoan.notification.template;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.samskivert.mustache.Mustache;

import vn.congdoan.notification.delivery.NotificationData;

/** The templates as the service loads them (classpath:/templates/*.mustache), without Spring. */
public final class TemplateFixtures {
    private TemplateFixtures() {
    }

    public static MessageTemplates templates() {
        Mustache.Compiler compiler = Mustache.compiler().withLoader(name -> new InputStreamReader(
                TemplateFixtures.class.getResourceAsStream("/templates/" + name + ".mustache"), StandardCharsets.UTF_8));
        return new MessageTemplates(compiler, "https://kehoach.congdoan.vn/");
    }

    /** The annual report task of the federation's 2026 plan, seven days before 30/11/2026. */
    public static NotificationData annualReportSevenDaysAhead() {
        return new NotificationData("a1", "p-45", "45/KH-LĐLĐ", null, "Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh",
                "cdcs-may-10", LocalDate.of(2026, 11, 30), 7, null);
    }
}
