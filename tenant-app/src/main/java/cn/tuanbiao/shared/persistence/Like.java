package cn.tuanbiao.shared.persistence;

/** LIKE patterns from what people type into a search box: their %, _ and \ match themselves. */
public final class Like {

    /** The escape character the patterns use; pass it to {@code like(...).escape(Like.ESCAPE)}. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    public static String containing(String text) {
        String literal = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
