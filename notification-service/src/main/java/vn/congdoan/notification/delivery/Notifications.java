package vn.congdoan.notification.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Notifications extends MongoRepository<Notification, String> {

    Page<Notification> findByRecipientAndChannelOrderByCreatedAtDesc(String recipient, ChannelType channel, Pageable page);

    long countByRecipientAndChannelAndReadAtIsNull(String recipient, ChannelType channel);

    long countByRecipientAndReadAtIsNull(String recipient);

}
