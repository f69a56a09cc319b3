package cn.tuanbiao.registry.national.intake;

/** A field of an event that breaks a rule (FIELD_INVALID): its path in the event and what to correct, in zh-CN. */
record FieldViolation(String field, String message) {
}
