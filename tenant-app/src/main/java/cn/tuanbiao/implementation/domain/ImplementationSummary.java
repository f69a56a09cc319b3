package cn.tuanbiao.implementation.domain;

import java.util.Map;

/** A published standard's life in figures (LC-8): records per kind, and people reached by its events. */
public record ImplementationSummary(Map<ImplementationRecordKind, Long> recordsByKind, long participants) {

    public ImplementationSummary {
        recordsByKind = Map.copyOf(recordsByKind);
    }

    public long count(ImplementationRecordKind kind) {
        return recordsByKind.getOrDefault(kind, 0L);
    }
}
