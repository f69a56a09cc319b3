/**
 * Violations and their handling (违规处理, PUB-4, SUP-2): a supervisory authority records a violation
 * case against an organization of its jurisdiction — the rule broken, the facts, and where it came from
 * (a referred complaint, a random inspection's finding, or its own knowledge) — decides it (处理决定:
 * 责令整改, 警告, 通报批评, 责令废止团体标准; number, date, text) and publishes the decision, which writes a
 * VIOLATION event into its registry outbox in the same transaction; a published decision is corrected
 * (更正) with a reason as the event that follows (UPDATED); the authority follows each published
 * decision's way to the national registry. Everything lives in the authority's own tenant.
 */
package cn.tuanbiao.violations;
