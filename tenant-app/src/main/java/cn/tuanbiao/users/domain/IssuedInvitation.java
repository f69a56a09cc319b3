package cn.tuanbiao.users.domain;

import java.time.Instant;

/**
 * An invitation just created, with the one-time token that only the inviter sees: the link
 * {@code /invitation/<token>} is handed to the invitee.
 */
public record IssuedInvitation(String email, String token, Instant expiresAt) {

    public String path() {
        return "/invitation/" + token;
    }
}
