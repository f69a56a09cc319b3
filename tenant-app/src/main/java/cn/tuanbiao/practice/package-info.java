/**
 * Good-practice self-evaluation (良好行为评价, PUB-2): the platform operator's indicator catalogue of
 * the good-practice scheme (GB/T 20004; data imported and versioned, never code), an organization's
 * self-evaluation of a year against it — pre-filled with what its own records prove, each pre-filled
 * answer showing the evidence it rests on — its score and stars, and the statement (自我声明) it
 * publishes to the national registry as a STATEMENT event of the registry outbox. A daily scan reminds
 * a new organization, once, to self-evaluate within 3 months of its first published standard.
 */
package cn.tuanbiao.practice;
