package com.jobmatch.user.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps mail in memory instead of sending it (dev and tests); tests read tokens from it. */
@ApplicationScoped
public class MockMailbox {

    private static final Logger LOG = Logger.getLogger(MockMailbox.class);

    private final List<MailMessage> messages = new CopyOnWriteArrayList<>();

    public void deliver(MailMessage message) {
        messages.add(message);
        LOG.infof("Mock mailbox: mail to %s, subject '%s'", message.to(), message.subject());
    }

    public List<MailMessage> messagesTo(String address) {
        return messages.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    public Optional<MailMessage> latestTo(String address) {
        List<MailMessage> mine = messagesTo(address);
        return mine.isEmpty() ? Optional.empty() : Optional.of(mine.getLast());
    }
}
