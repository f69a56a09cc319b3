/**
 * The deployment's side of the registry protocol: delivers the registry outbox (written by
 * tenant-app's {@code registry} feature in the same transaction as each change) to the national
 * registry, signed, in order per subject, retried and reconciled (registry-sync/PROTOCOL.md).
 */
package cn.tuanbiao.registry.relay;
