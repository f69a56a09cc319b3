package cn.tuanbiao.meetings.domain;

import cn.tuanbiao.documents.domain.StoredDocument;

import java.util.List;

/** Everything about one meeting: the meeting, its agenda, invitees with attendance, decisions and minutes. */
public record MeetingDetail(Meeting meeting, List<AgendaItem> agenda, List<Invitee> invitees,
                            List<MeetingDecision> decisions, List<StoredDocument> minutes) {

    public MeetingDetail {
        agenda = List.copyOf(agenda);
        invitees = List.copyOf(invitees);
        decisions = List.copyOf(decisions);
        minutes = List.copyOf(minutes);
    }
}
