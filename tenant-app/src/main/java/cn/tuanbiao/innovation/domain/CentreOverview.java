package cn.tuanbiao.innovation.domain;

import java.util.List;

/** A centre in the base's list: its file, its next deadline and the windows needing attention. */
public record CentreOverview(CentreFile file, String centreCode, Deadline next, List<Deadline> warnings) {
}
