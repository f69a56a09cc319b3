/**
 * The excellence programme of a supervisory authority (培优计划, SUP-4): a pool of organizations of its
 * jurisdiction, entered with a year and a reason, assessed once a year from indicators read across
 * organizations (statistics rollups and one reviewed function, never another tenant's workspace),
 * and exited with a reason. The rows are the authority's own (V34, row-level security).
 */
package cn.tuanbiao.console.excellence;
