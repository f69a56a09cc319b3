package cn.tuanbiao.users.service;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.persistence.MembershipStore;
import jakarta.inject.Singleton;

import java.util.List;

/** The organizations a person can switch between. */
@Singleton
public class MyOrganizationsService {

    private final Transactions transactions;
    private final MembershipStore memberships;

    public MyOrganizationsService(Transactions transactions, MembershipStore memberships) {
        this.transactions = transactions;
        this.memberships = memberships;
    }

    public List<MyOrganization> of(PersonId person) {
        return transactions.readAsPerson(person, () -> memberships.organizationsOf(person));
    }
}
