package vn.congdoan.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * Every service reads input and answers errors the same way: strict JSON ({@link StrictJson}),
 * problem details from controllers ({@link ProblemDetailsAdvice}), for a {@code Content-Type} naming no
 * single media type ({@link ContentTypeFilter}), for a body over the size limit ({@link BodySizeLimit}), from the error page
 * ({@link ProblemErrorController}) and from Tomcat itself ({@link ProblemErrorReportValve}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication
@Import({ProblemDetailsAdvice.class, NoNullElements.class})
public class WebAutoConfiguration {

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    ContentTypeFilter contentTypeFilter() {
        return new ContentTypeFilter();
    }

    @Bean
    BodySizeLimit bodySizeLimit(Environment environment) {
        return new BodySizeLimit(DataSize.parse(environment.getProperty(BodySizeLimit.PROPERTY, "4MB")));
    }

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errors) {
        return new ProblemErrorController(errors);
    }

    /** Replaces the error report valve(s) of Tomcat's host with {@link ProblemErrorReportValve}; runs after Boot's own. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve());
        });
    }
}
