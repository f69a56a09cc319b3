package cn.tuanbiao.innovation.domain;

import java.time.Instant;
import java.util.UUID;

/** One advisory committee (咨评委) expert's opinion on an application (004 第15条). */
public record ExpertOpinion(UUID id, String expertName, String opinion, Instant recordedAt) {
}
