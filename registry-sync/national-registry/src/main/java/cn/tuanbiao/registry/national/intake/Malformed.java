package cn.tuanbiao.registry.national.intake;

/** The body cannot be read as a batch: not JSON, or a field of the wrong type (400 MALFORMED). */
final class Malformed extends Exception {

    private final String field;

    Malformed(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
