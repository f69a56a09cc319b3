package cn.tuanbiao.registry.national.search;

/**
 * A public search: a substring of title, English title, number or scope ({@code q}), the
 * organization's credit code, the status label, and the page (from 1) of at most 100.
 */
public record StandardQuery(String q, String organization, String status, int page, int size) {

    public static final int LARGEST_PAGE = 100;

    int offset() {
        return (page - 1) * size;
    }
}
