package cn.tuanbiao.standards.service;

import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.users.domain.Actor;

/**
 * What other features do when a project takes a step: tell whoever must act next
 * (notifications), issue the call for patent disclosure (PART-4). Called in the step's own
 * transaction, after the step is stored and audited, so a refused or rolled-back step leaves no
 * trace of them and a committed one never misses them.
 *
 * <p>An explicit collaborator, like {@link Recusals} and {@link PatentRefusals}, rather than
 * application events: the lifecycle states what hangs on it, every implementation is a bean found
 * by type, and each runs synchronously inside the transaction (a Micronaut event listener would
 * too, but nothing in the publisher would say so, and an {@code @Async} one added later would
 * silently leave the transaction).
 */
public interface StepFollowUp {

    void stepTaken(Actor actor, Step step);
}
