package vn.congdoan.reporting.target;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.outreach.ActivityForm;
import vn.congdoan.contracts.outreach.OutreachFactsUpdated;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.reporting.period.Period;

/**
 * What each unit did in each year, from outreach.facts: the highest version per factsId
 * ({@code unitId:year}) is kept, so a late or redelivered record never rolls facts back. Unit
 * coverage targets whose source is OUTREACH read it.
 */
public class OutreachFacts {
    private final MongoTemplate mongo;

    OutreachFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("outreachFacts")
    @CompoundIndex(name = "unitYear", def = "{'unitId': 1, 'year': 1}")
    record Facts(@Id String factsId, String unitId, int year, long version, List<OutreachFactsUpdated.FormFact> forms) {
    }

    public void apply(OutreachFactsUpdated facts) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(facts.factsId()).and("version").lt(facts.version()));
        try {
            mongo.upsert(olderOrNone, new Update().set("unitId", facts.unitId()).set("year", facts.year())
                    .set("version", facts.version()).set("forms", facts.forms()), Facts.class);
        } catch (DuplicateKeyException sameOrNewerHeld) {
            // an equal or newer version is stored
        }
    }

    /** Of {@code units}, those that carried out {@code form} for {@code planId}, first within {@code period}. */
    public Set<String> covered(Collection<String> units, ActivityForm form, String planId, Period period) {
        if (units.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(Criteria.where("unitId").in(units).and("year")
                .gte(period.start().getYear()).lte(period.end().getYear()));
        return mongo.find(query, Facts.class).stream()
                .filter(f -> f.forms().stream().anyMatch(fact -> fact.form() == form && planId.equals(fact.planId())
                        && fact.firstOn() != null && !fact.firstOn().isBefore(period.start())
                        && !fact.firstOn().isAfter(period.end())))
                .map(Facts::unitId).collect(Collectors.toSet());
    }

    @Configuration
    static class Binding {
        @Bean
        OutreachFacts outreachFacts(MongoTemplate mongo) {
            return new OutreachFacts(mongo);
        }

        @Bean
        Consumer<Message<byte[]>> outreachEvents(EventDecoder decoder, OutreachFacts facts) {
            return decoder.consumer(OutreachFactsUpdated.class, event -> facts.apply(event.payload()));
        }
    }
}
