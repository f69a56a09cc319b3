package cn.tuanbiao.policies.domain;

import java.util.UUID;

/** A policy with the version in force, as the policy list shows it (ORG-6). */
public record Policy(UUID id, PolicyTopic topic, String title, PolicyVersion current) {
}
