package cn.tuanbiao.console.alliance.domain;

/** An invitation as the inviting member sees it: with the title of its own standard under review. */
public record MemberInvitation(Invitation invitation, String standardTitle) {
}
