package cn.tuanbiao.meetings.domain;

import java.util.UUID;

/** One invitee's attendance as the secretariat records it; a proxy names who attended for them. */
public record AttendanceEntry(UUID invitee, Attendance attendance, String proxyName) {
}
