package cn.tuanbiao.console.excellence.domain;

/** An entry into the pool as typed (入选, SUP-4): the organization by its code, the year, the reason. */
public record EntryRequest(String organizationCode, Integer year, String reason) {
}
