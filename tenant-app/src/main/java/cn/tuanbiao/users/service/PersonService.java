package cn.tuanbiao.users.service;

import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.persistence.UserRepository;
import jakarta.inject.Singleton;

import java.util.Locale;

/** A person's own settings. */
@Singleton
public class PersonService {

    private final Transactions transactions;
    private final UserRepository users;

    public PersonService(Transactions transactions, UserRepository users) {
        this.transactions = transactions;
        this.users = users;
    }

    public void setPreferredLocale(PersonId person, Locale locale) {
        String tag = Messages.supported(locale).toLanguageTag();
        transactions.onPlatform(() -> users.findById(person.value())
                .map(u -> users.update(u.withPreferredLocale(tag))));
    }
}
