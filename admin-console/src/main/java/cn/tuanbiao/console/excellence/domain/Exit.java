package cn.tuanbiao.console.excellence.domain;

import java.time.LocalDate;

/** How a membership ended (退出, SUP-4). */
public record Exit(LocalDate on, String reason) {
}
