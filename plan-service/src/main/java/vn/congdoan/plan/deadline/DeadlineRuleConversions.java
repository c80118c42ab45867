package vn.congdoan.plan.deadline;

import java.util.List;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link DeadlineRule} in MongoDB as the same document its JSON is on the REST API
 * ({@code {"kind": "YEARLY", "day": "--11-30"}}), so the database reads like the API.
 */
@Configuration
class DeadlineRuleConversions {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new RuleToDocument(), new DocumentToRule()));
    }

    @WritingConverter
    static final class RuleToDocument implements Converter<DeadlineRule, Document> {
        @Override
        public Document convert(DeadlineRule rule) {
            return Document.parse(JSON.writerFor(DeadlineRule.class).writeValueAsString(rule));
        }
    }

    @ReadingConverter
    static final class DocumentToRule implements Converter<Document, DeadlineRule> {
        @Override
        public DeadlineRule convert(Document document) {
            return JSON.readValue(document.toJson(), DeadlineRule.class);
        }
    }
}
