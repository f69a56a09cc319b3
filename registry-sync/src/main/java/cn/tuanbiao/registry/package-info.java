/**
 * Registry sync: publishes each published standard and its self-declaration to the national
 * group-standard information platform through a transactional outbox (PUB-1, PUB-2, PUB-4),
 * runs the reference national registry, and aggregates statistics across tenants (SUP-2).
 *
 * <p>Wired into the server by {@code deploy}; its features arrive with the registry-sync issue.
 */
package cn.tuanbiao.registry;
