package cn.tuanbiao.registry.national.intake;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What public search matches a substring in: title, English title, number and scope. The number is
 * there twice, also with a hyphen for its em dash, because people type "T/ZJZZ 13-2026".
 */
final class SearchText {

    private SearchText() {
    }

    static String of(Fields declaration) {
        String number = declaration.text("standard.number");
        return Stream.of(declaration.text("standard.title"), declaration.text("standard.titleEn"), number,
                        number == null ? null : number.replace('\u2014', '-'), declaration.text("standard.scope"))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
