package cn.tuanbiao.users.ui;

import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** Roles as people read them. */
final class RoleLabels {

    private RoleLabels() {
    }

    static String of(Component owner, Set<OrganizationRole> roles) {
        return roles.stream().sorted().map(r -> owner.getTranslation("role." + r.name())).collect(Collectors.joining("、"));
    }
}
