package vn.congdoan.notification.inbox;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Notifications extends MongoRepository<Notification, String> {

    Page<Notification> findByUnitIdOrderByCreatedAtDesc(String unitId, Pageable page);

    long countByUnitIdAndReadAtIsNull(String unitId);
}
