package cn.tuanbiao.practice.domain;

/** One row of an imported catalogue file as read, before it is checked ({@code line} as the operator sees it). */
public record CatalogueRow(long line, String code, String name, String nameEn, String points, String basic,
                           String criteria, String evidence) {
}
