package cn.tuanbiao.violations.domain;

import cn.tuanbiao.declarations.domain.RegistryChange;

import java.util.List;
import java.util.Optional;

/** A violation case with its way to the national registry: every event of it, newest first (none before publication). */
public record ViolationRow(Violation violation, List<RegistryChange> sync) {

    /** The latest event's state, the one the authority follows (待发送, 已发送, 平台已接收, 平台退回 …). */
    public Optional<RegistryChange> latest() {
        return sync.stream().findFirst();
    }
}
