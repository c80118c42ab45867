package vn.congdoan.notification.template;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.samskivert.mustache.Mustache;

@Configuration
class TemplateConfiguration {

    @Bean
    MessageTemplates messageTemplates(Mustache.Compiler compiler,
                                      @Value("${notification.links.base-url}") String baseUrl) {
        return new MessageTemplates(compiler, baseUrl);
    }
}
