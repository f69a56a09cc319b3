/**
 * Self-declaration (自我声明公开, PUB-1) and the registry outbox: what an organization makes public
 * about each published standard — generated from its records, completed with what only it can
 * declare, confirmed with the two commitments — and every later change of it (correction,
 * amendment, withdrawal, replacement), written as events of the registry protocol
 * (registry-sync/PROTOCOL.md) in the same transaction as the change. The registry-sync relay
 * delivers them; this feature shows their sync state.
 */
package cn.tuanbiao.declarations;
